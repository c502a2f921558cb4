import { findAmounts } from '../../../src/core/amounts/find-amounts.js';
import { loadAmountRules } from '../../../src/io/amount-rules.js';

/** The shipped rule tables: the tests check the extractor with the data it runs with. */
export const RULES = loadAmountRules();

/** Every amount in `text` with its kind, as `written kind`. */
export function kinds(text: string): string[] {
  return findAmounts(text, RULES).map((found) => `${text.slice(found.start, found.end)} ${found.kind}`);
}
