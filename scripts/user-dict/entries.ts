/** One word of the jieba user dictionary. */
export interface DictEntry {
  /** The word: Chinese characters only. */
  word: string;
  /** Frequency jieba turns into the word's weight (log of its share of the dictionary's total). */
  freq: number;
  /** Part-of-speech tag. */
  tag: string;
}

/**
 * Frequencies given to each source's words. A court term must beat the split jieba prefers
 * without it: 原告诉至 needs 原告 and 诉至 above ~400 each to win over 原/告诉/至. Far higher
 * weights make a term swallow its neighbours (at 30,000, 被告知 became 被告/知 and 高院长 高院/长),
 * so terms and names get 3,000 and short place aliases, more often also ordinary words, 1,000.
 * A word the bundled dictionary already knows keeps its frequency when that is higher.
 */
export const WEIGHTS = { court: 3000, cause: 3000, charge: 3000, place: 3000, alias: 1000 } as const;

const WORD = /^\p{Script=Han}{2,}$/u;

/** True for a word the dictionary can hold: two or more Chinese characters, nothing else. */
export function isDictWord(word: string): boolean {
  return WORD.test(word);
}
