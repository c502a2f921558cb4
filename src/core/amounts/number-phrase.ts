import { add, compare, decimalOf, times, ZERO, type Decimal } from './decimal.js';
import { CAPITAL_CHARS } from './numeral-chars.js';
import { tokenize, type Token } from './numeral-tokens.js';

/** How a qualifier widens a stated value: 余/多 (above it), 约/左右 (around it), … */
export type QualifierEffect = 'above' | 'about' | 'near' | 'below';

/** How a number is written. */
export type NumeralScript = 'arabic' | 'chinese' | 'capital';

/** A number as written (`56.93万`, `两万五千`, `十余万`, `二三十万`), read exactly. */
export interface NumberPhrase {
  /** Offset of its first character in the text. */
  start: number;
  /** Offset just past its last character. */
  end: number;
  /** Its value; for two neighbouring digits (`二三十万`), the lower reading. */
  value: Decimal;
  /** The higher reading of two neighbouring digits (`三十万` for `二三十万`), else null. */
  high: Decimal | null;
  /** A qualifier inside the number (`5万余`, `十几万`, `十来万`), else null. */
  inner: QualifierEffect | null;
  /** Starts with 百, 千, 万 or 亿 and no digit: a stated magnitude (`百万`, `千余万`). */
  bare: boolean;
  /** Holds 十, 百, 千, 万 or 亿. */
  hasUnit: boolean;
  /** Holds 万 or 亿. */
  hasBigUnit: boolean;
  /** One Chinese digit and nothing else (`一`, `两`): too common in words to be read alone. */
  lone: boolean;
  /** Leading digits and the units after them, when the number is exactly that (`5千万` → 5, 10^7). */
  lead: { digits: Decimal; multiplier: bigint } | null;
  /** The value before a trailing 万/亿 and that unit's multiplier (`二十万` → 20, 10^4). */
  scaled: { coefficient: Decimal; multiplier: bigint } | null;
  /** Digits it is written with. */
  script: NumeralScript;
}

/** The value of a token list by the usual reading of Chinese numbers, applied to Arabic parts too. */
function evaluate(tokens: readonly Token[]): Decimal {
  let total = ZERO;
  let section = ZERO;
  let number: Decimal | null = null;
  let lastUnit = 0n;
  let zeroSince = false;
  for (const token of tokens) {
    if (token.type === 'num') {
      if (token.zero) zeroSince = true;
      else number = token.value;
    } else if (token.type === 'small') {
      section = add(section, times(number ?? decimalOf(1), token.multiplier));
      number = null;
      lastUnit = token.multiplier;
      zeroSince = false;
    } else if (token.type === 'big') {
      const base: Decimal = add(section, number ?? (section.coef === 0n ? decimalOf(1) : ZERO));
      if (token.multiplier === 100_000_000n) {
        total = add(total, times(base, token.multiplier));
        section = ZERO;
      } else {
        section = times(base, token.multiplier);
      }
      number = null;
      lastUnit = token.multiplier;
      zeroSince = false;
    }
  }
  const last = tokens[tokens.length - 1];
  if (number && last?.type === 'num' && last.single && lastUnit >= 10n && !zeroSince) {
    // 两万五 is 25000 and 三千五 is 3500: a final digit after a unit counts in the next place down.
    number = times(number, lastUnit / 10n);
  }
  return add(add(total, section), number ?? ZERO);
}

function describeLead(tokens: readonly Token[]): NumberPhrase['lead'] {
  const first = tokens[0];
  if (first?.type !== 'num' || tokens.length < 2) return null;
  let multiplier = 1n;
  for (const token of tokens.slice(1)) {
    if (token.type !== 'small' && token.type !== 'big') return null;
    multiplier *= token.multiplier;
  }
  return { digits: first.value, multiplier };
}

function describeScaled(tokens: readonly Token[]): NumberPhrase['scaled'] {
  let end = tokens.length;
  let multiplier = 1n;
  while (end > 0 && tokens[end - 1]?.type === 'big') {
    multiplier *= (tokens[end - 1] as { multiplier: bigint }).multiplier;
    end--;
  }
  if (multiplier === 1n || end === 0) return null;
  return { coefficient: evaluate(tokens.slice(0, end)), multiplier };
}

/**
 * Reads the number that starts at `at` (Arabic digits, Chinese or financial numerals, or a mix:
 * `1万2千`, `56.93万`), or returns null when no number starts there.
 */
export function readNumber(text: string, at: number): NumberPhrase | null {
  const { tokens, ends, pair } = tokenize(text, at);
  const valueTokens = tokens.filter((t) => t.type !== 'inner');
  if (valueTokens.length === 0) return null;
  const end = ends[ends.length - 1] as number;
  const written = text.slice(at, end);
  const inner = tokens.find((t): t is Extract<Token, { type: 'inner' }> => t.type === 'inner')?.effect ?? null;
  // Digits come before any inner qualifier, so `pair` indexes `valueTokens` too.
  const low = pair >= 0 ? valueTokens.filter((_, i) => i !== pair) : valueTokens;
  const high = pair >= 0 ? valueTokens.filter((_, i) => i !== pair - 1) : null;
  const first = tokens[0] as Token;
  const value = evaluate(low);
  const highValue = high ? evaluate(high) : null;
  return {
    start: at,
    end,
    value,
    high: highValue && compare(highValue, value) > 0 ? highValue : null,
    inner,
    bare: first.type === 'big' || (first.type === 'small' && first.multiplier > 10n),
    hasUnit: tokens.some((t) => t.type === 'small' || t.type === 'big'),
    hasBigUnit: tokens.some((t) => t.type === 'big'),
    lone: tokens.length === 1 && first.type === 'num' && !first.arabic,
    lead: pair >= 0 ? null : describeLead(valueTokens),
    scaled: pair >= 0 ? null : describeScaled(valueTokens),
    script: /\d/.test(written) ? 'arabic' : [...written].some((ch) => CAPITAL_CHARS.has(ch)) ? 'capital' : 'chinese',
  };
}
