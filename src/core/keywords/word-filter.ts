import type { WordOptions } from './term-options.js';

/** Why a word is not counted, or null when it is. */
export type Exclusion = 'too-short' | 'not-chinese' | 'number' | 'stopword';

const HAN = /\p{Script=Han}/u;
// Words made only of Chinese numerals (十一, 两, 三千) are numbers written out.
const HAN_NUMERAL = /^[零〇一二三四五六七八九十百千万亿两]+$/u;

/**
 * Why `word` is left out of keyword counts: shorter than the minimum, holding no Chinese
 * character (numbers, punctuation, Latin noise), a number in Chinese numerals, or a stopword.
 */
export function exclusionOf(word: string, options: WordOptions): Exclusion | null {
  if ([...word].length < options.minLength) return 'too-short';
  if (!HAN.test(word)) return 'not-chinese';
  if (HAN_NUMERAL.test(word)) return 'number';
  if (options.stopwords.has(word)) return 'stopword';
  return null;
}

/** True when `word` is counted as a keyword. */
export function isCountable(word: string, options: WordOptions): boolean {
  return exclusionOf(word, options) === null;
}
