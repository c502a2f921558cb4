import { decimalOf, parseDecimal, type Decimal } from './decimal.js';
import type { QualifierEffect } from './number-phrase.js';
import { BIG_UNITS, CN_DIGITS, isAsciiDigit, SMALL_UNITS } from './numeral-chars.js';

/** A piece of a written number: digits, a unit (十百千 / 万亿) or a qualifier inside it (余多几来). */
export type Token =
  | { type: 'num'; value: Decimal; single: boolean; zero: boolean; arabic: boolean }
  | { type: 'small'; multiplier: bigint }
  | { type: 'big'; multiplier: bigint }
  | { type: 'inner'; effect: QualifierEffect };

const INNER: ReadonlyMap<string, QualifierEffect> = new Map([
  ['余', 'above'], ['多', 'above'], ['几', 'above'], ['来', 'about'],
]);

/** Reads Arabic digits at `at`: thousands separators (`1,500`, `1，500`) and a decimal part. */
function readArabic(text: string, at: number): { value: Decimal; end: number } | null {
  let end = at;
  while (isAsciiDigit(text[end])) end++;
  let digits = text.slice(at, end);
  if (digits.length <= 3) {
    for (;;) {
      const sep = text[end];
      const group = text.slice(end + 1, end + 4);
      if ((sep !== ',' && sep !== '，') || !/^\d{3}$/.test(group) || isAsciiDigit(text[end + 4])) break;
      digits += group;
      end += 4;
    }
  }
  const point = text[end];
  if ((point === '.' || point === '．') && isAsciiDigit(text[end + 1])) {
    let fracEnd = end + 1;
    while (isAsciiDigit(text[fracEnd])) fracEnd++;
    digits += `.${text.slice(end + 1, fracEnd)}`;
    end = fracEnd;
  }
  const value = parseDecimal(digits);
  return value ? { value, end } : null;
}

/** Consecutive Chinese digits read as a range (`二三`, `一两`, `七八`). */
function neighbours(a: Decimal, b: Decimal): boolean {
  return b.coef === a.coef + 1n && a.exp === 0 && b.exp === 0 && a.coef >= 1n;
}

/** Splits the number at `at` into tokens, stopping before the first one that cannot follow. */
export function tokenize(text: string, at: number): { tokens: Token[]; ends: number[]; pair: number } {
  const tokens: Token[] = [];
  const ends: number[] = [];
  let pair = -1;
  let lastSmall = 10_000n;
  let lastBig = 10n ** 12n;
  let i = at;
  const prev = (): Token | undefined => tokens[tokens.length - 1];
  const hasInner = (): boolean => tokens.some((t) => t.type === 'inner');
  for (;;) {
    const ch = text[i];
    if (ch === undefined) break;
    const p = prev();
    let token: Token | null = null;
    let next = i + 1;
    if (isAsciiDigit(ch)) {
      if (hasInner() || (p?.type === 'num' && !p.zero)) break;
      const read = readArabic(text, i);
      if (!read) break;
      token = { type: 'num', value: read.value, single: read.end === i + 1, zero: false, arabic: true };
      next = read.end;
    } else if (CN_DIGITS.has(ch)) {
      const value = decimalOf(CN_DIGITS.get(ch) as number);
      if (hasInner() || (p?.type === 'num' && p.arabic)) break;
      if (p?.type === 'num' && !p.zero) {
        if (pair >= 0 || !neighbours(p.value, value)) break;
        pair = tokens.length;
      }
      token = { type: 'num', value, single: true, zero: value.coef === 0n, arabic: false };
    } else if (SMALL_UNITS.has(ch)) {
      const multiplier = SMALL_UNITS.get(ch) as bigint;
      if (hasInner() || p?.type === 'small' || p?.type === 'big' || (p?.type === 'num' && p.zero) || multiplier >= lastSmall) break;
      token = { type: 'small', multiplier };
      lastSmall = multiplier;
    } else if (BIG_UNITS.has(ch)) {
      const multiplier = BIG_UNITS.get(ch) as bigint;
      if (p?.type === 'big' || (p?.type === 'num' && p.zero) || multiplier >= lastBig) break;
      if (p?.type === 'inner' && tokens[tokens.length - 2]?.type === 'big') break;
      token = { type: 'big', multiplier };
      lastBig = multiplier;
      lastSmall = 10_000n;
    } else if (INNER.has(ch)) {
      const effect = INNER.get(ch) as QualifierEffect;
      if (p === undefined || hasInner() || (p.type === 'num' && (p.zero || !p.arabic))) break;
      if ((ch === '几' && p.type === 'num') || (ch === '来' && p.type !== 'small')) break;
      token = { type: 'inner', effect };
    }
    if (!token) break;
    tokens.push(token);
    ends.push(next);
    i = next;
  }
  // A trailing zero or a pair of digits with no unit after it is not part of a number.
  while (tokens.length > 0) {
    const last = tokens[tokens.length - 1] as Token;
    const pairAtEnd = pair === tokens.length - 1;
    if (!(last.type === 'num' && last.zero) && !pairAtEnd) break;
    tokens.pop();
    ends.pop();
    if (pairAtEnd) pair = -1;
  }
  return { tokens, ends, pair };
}
