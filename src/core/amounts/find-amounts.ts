import type { AmountFind } from './amount-mention.js';
import type { AmountRules } from './amount-rules.js';
import { qualifiedBounds } from './bounds.js';
import { toFen } from './decimal.js';
import { kindReader } from './kind-rules.js';
import { isMoney } from './money-context.js';
import { readMoneyExpression, type MoneyExpression } from './money-expression.js';
import { readNumber } from './number-phrase.js';
import { isNumeralChar } from './numeral-chars.js';
import { sentenceAround } from './text-bounds.js';

type Values = Pick<AmountFind, 'fen' | 'minFen' | 'maxFen' | 'approx' | 'vague'>;

function safe(fen: bigint | null): number | null {
  return fen !== null && fen > 0n && fen <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(fen) : null;
}

/** The values of an expression in fen, or null when they are not whole fen or not safe integers. */
function valuesOf(expression: MoneyExpression): Values | null {
  if (expression.vague) return { fen: null, minFen: null, maxFen: null, approx: true, vague: true };
  const low = toFen(expression.low);
  if (expression.high) {
    const high = toFen(expression.high);
    const [fen, maxFen] = [safe(low), safe(high)];
    return fen !== null && maxFen !== null ? { fen, minFen: fen, maxFen, approx: true, vague: false } : null;
  }
  const fen = safe(low);
  if (fen === null || low === null) return null;
  if (!expression.effect) return { fen, minFen: fen, maxFen: fen, approx: false, vague: false };
  const bounds = qualifiedBounds(low, expression.effect);
  const maxFen = safe(bounds.max);
  if (maxFen === null) return null;
  return { fen, minFen: Number(bounds.min), maxFen, approx: true, vague: false };
}

/**
 * Finds every sum of money in a normalised text, left to right: numbers in any script, with the
 * qualifiers, units and ranges written around them, kept when they are money (see `isMoney`) and
 * given a kind from the words around them (see `kindReader`).
 */
export function findAmounts(text: string, rules: AmountRules): AmountFind[] {
  const found: AmountFind[] = [];
  const kindOf = kindReader(text, rules);
  let pos = 0;
  while (pos < text.length) {
    const number = isNumeralChar(text[pos]) ? readNumber(text, pos) : null;
    if (!number) {
      pos++;
      continue;
    }
    const expression = readMoneyExpression(text, number, rules);
    const previous = found[found.length - 1];
    const sentence = sentenceAround(text, pos);
    const inSentence = previous !== undefined && previous.end > sentence.start ? previous : null;
    const values = expression && isMoney(text, expression, rules, inSentence !== null) ? valuesOf(expression) : null;
    if (!expression || !values) {
      pos = number.end;
      continue;
    }
    const start = Math.max(expression.start, previous?.end ?? 0);
    const kind = kindOf({ start, end: expression.end }, inSentence, found);
    found.push({ start, end: expression.end, ...values, kind });
    pos = expression.end;
  }
  return found;
}
