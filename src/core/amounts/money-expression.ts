import type { AmountRules } from './amount-rules.js';
import { add, compare, times, type Decimal } from './decimal.js';
import { readNumber, type NumberPhrase, type QualifierEffect } from './number-phrase.js';
import { BIG_UNITS, SMALL_UNITS } from './numeral-chars.js';
import { wordAt, wordBefore } from '../word-lists.js';
import { readJiaoUnit, readYuanUnit, type YuanUnit } from './yuan-unit.js';

/** A number with everything written around it: currency, qualifiers, unit, a second bound. */
export interface MoneyExpression {
  /** Offset of its first character (人民币, 约, 数 … or the number). */
  start: number;
  /** Offset just past its last character (元, 整, 左右, 人民币 …). */
  end: number;
  /** The first number. */
  number: NumberPhrase;
  /** The stated value in yuan; a range's lower bound. */
  low: Decimal;
  /** A range's upper bound (`1万至5万元`, `二三十万元`), else null. */
  high: Decimal | null;
  /** The qualifier's effect, when there is one. */
  effect: QualifierEffect | null;
  /** No definite value: `数十万`, `几万`, `上千万`, a bare `百万`. */
  vague: boolean;
  /** Written with 元, 圆 or 块 (or 毛 / 角 after a single digit). */
  hasUnit: boolean;
  /** Written with 人民币, RMB, ¥ or ￥. */
  currency: boolean;
}

const CURRENCY_BEFORE = ['人民币', 'RMB ', 'RMB', '¥', '￥'];
const RANGE_SEPARATORS = ['——', '至', '到', '-', '—', '–', '－', '~', '～', '〜'];

/** Extends `start` leftwards over currency words and one qualifier (`约人民币`, `人民币约`). */
function readBefore(text: string, start: number, rules: AmountRules): { start: number; effect: QualifierEffect | null; currency: boolean } {
  let pos = start;
  let effect: QualifierEffect | null = null;
  let currency = false;
  for (let step = 0; step < 2; step++) {
    const money = wordBefore(text, pos, CURRENCY_BEFORE);
    if (money && !currency) {
      currency = true;
      pos -= money.length;
      continue;
    }
    const qualifier: string | null = effect === null ? (wordBefore(text, pos, rules.qualifiersBefore) ?? null) : null;
    if (!qualifier) break;
    effect = rules.qualifiersBefore.get(qualifier) ?? null;
    pos -= qualifier.length;
  }
  return { start: pos, effect, currency };
}

/** The lower bound of `A至B` when A leaves its unit to B: `3-5万` → 3万, `十至二十万` → 10万. */
function lowerBound(a: NumberPhrase, b: NumberPhrase): Decimal {
  if (!a.hasUnit && b.lead && compare(a.value, b.lead.digits) < 0) return times(a.value, b.lead.multiplier);
  if (!a.hasBigUnit && b.scaled && compare(a.value, b.scaled.coefficient) < 0) return times(a.value, b.scaled.multiplier);
  return a.value;
}

interface Side {
  number: NumberPhrase;
  unit: YuanUnit | null;
  value: Decimal;
  end: number;
}

/** A single digit 1-9 (`5`, `五`), the only number 毛 and 角 count in on their own. */
function singleDigit(number: NumberPhrase): boolean {
  return number.end - number.start === 1 && number.inner === null && number.high === null && number.value.exp === 0 && number.value.coef >= 1n && number.value.coef <= 9n;
}

function readSide(text: string, number: NumberPhrase, rules: AmountRules): Side {
  const unit = readYuanUnit(text, number.end, rules.yuanFalseFriends, rules.qualifiersAfter) ?? (singleDigit(number) ? readJiaoUnit(text, number.end, rules.qualifiersAfter) : null);
  if (!unit) return { number, unit, value: number.value, end: number.end };
  const value = unit.tenths ? { coef: number.value.coef, exp: number.value.exp - 1 } : number.value;
  return { number, unit, value: add(value, unit.fraction), end: unit.end };
}

/** A second bound read after the first side, the lower bound, and where the range ends. */
interface RangeRead {
  high: Side;
  low: Decimal;
  end: number;
}

/** Reads `A至B` after the first side: B must be a number, with a unit when A has one. */
function readRange(text: string, a: Side, rules: AmountRules): RangeRead | null {
  if (a.number.high || a.number.inner) return null;
  const separator = wordAt(text, a.end, RANGE_SEPARATORS);
  if (!separator) return null;
  const bNumber = readNumber(text, a.end + separator.length);
  if (!bNumber || bNumber.lone || bNumber.inner || bNumber.bare) return null;
  const b = readSide(text, bNumber, rules);
  if (a.unit && !b.unit) return null;
  const low = a.unit ? a.value : lowerBound(a.number, bNumber);
  return compare(low, b.value) < 0 ? { high: b, low, end: b.end } : null;
}

/** Reads the statute form `五千元以上五万元以下` as the range 5000..50000. */
function readBetween(text: string, a: Side, rules: AmountRules): RangeRead | null {
  if (!a.unit || a.number.high || a.number.inner || !text.startsWith('以上', a.end)) return null;
  const bNumber = readNumber(text, a.end + 2);
  if (!bNumber || bNumber.lone || bNumber.inner || bNumber.bare) return null;
  const b = readSide(text, bNumber, rules);
  if (!b.unit || !text.startsWith('以下', b.end) || compare(a.value, b.value) >= 0) return null;
  return { high: b, low: a.value, end: b.end + 2 };
}

/** True when the number starts with a unit character, so 数/几/上 before it make it vague. */
function startsWithUnit(text: string, number: NumberPhrase): boolean {
  const ch = text[number.start] as string;
  return SMALL_UNITS.has(ch) || BIG_UNITS.has(ch);
}

/**
 * Reads the whole expression around `number`, or null when what is written there cannot be an
 * amount (a lone 万 or 千 without anything that states a value, as in 万元户).
 */
export function readMoneyExpression(text: string, number: NumberPhrase, rules: AmountRules): MoneyExpression | null {
  const vaguePrefix = startsWithUnit(text, number) ? (wordBefore(text, number.start, rules.vaguePrefixes) ?? null) : null;
  const before = readBefore(text, vaguePrefix ? number.start - vaguePrefix.length : number.start, rules);
  const first = readSide(text, number, rules);
  const range = vaguePrefix ? null : (readRange(text, first, rules) ?? readBetween(text, first, rules));
  const last = range ? range.high : first;
  let end = range ? range.end : last.end;
  const qualifier = range ? null : (wordAt(text, end, rules.qualifiersAfter) ?? null);
  if (qualifier) end += qualifier.length;
  let currency = before.currency;
  if ((last.unit || currency) && text.startsWith('人民币', end)) {
    end += 3;
    currency = true;
  }
  const effect = before.effect ?? number.inner ?? (qualifier ? (rules.qualifiersAfter.get(qualifier) ?? null) : null);
  const vague = vaguePrefix !== null || (number.bare && effect === null);
  // A lone 万/千/百 states no value (万元户, 每千元); 百万 and 千万 alone are vague amounts.
  if (vague && vaguePrefix === null && number.end - number.start < 2) return null;
  return {
    start: before.start,
    end,
    number,
    low: range ? range.low : first.value,
    high: range ? range.high.value : number.high,
    effect,
    vague,
    hasUnit: last.unit !== null,
    currency,
  };
}
