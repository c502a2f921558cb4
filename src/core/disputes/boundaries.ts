import { wordBefore } from '../word-lists.js';
import type { DisputeModel } from './model.js';
import { hanRunStart } from './text.js';

/** How far back from its end a run of words naming a type is read. */
export const WORDS_WINDOW = 16;

/** Where the words before `end` start. */
export interface WordsStart {
  /** Start in the text. */
  start: number;
  /** True when a boundary word or a non-Han character delimits them (not just the window). */
  delimited: boolean;
}

/**
 * Where the words naming a type that end at `end` start: just after the last boundary word
 * (的, 这起, 化解, 涉 …) in the run of Han characters, else at the run's start, so "这起网购纠纷"
 * gives 网购 and "推动纠纷" gives nothing. A boundary word that ends a longer legal relation word is
 * none (让 in 店铺转让). `floor` bounds the run (a list separator).
 */
export function wordsStart(text: string, end: number, model: DisputeModel, floor = 0): WordsStart {
  const runStart = Math.max(floor, hanRunStart(text, end, WORDS_WINDOW));
  for (let p = end; p > runStart; p--) {
    const boundary = wordBefore(text, p, model.phrasing.boundaryWords);
    // 让 is a boundary word, but not as the end of 转让.
    if (boundary && (wordBefore(text, p, model.phrasing.relationEndings)?.length ?? 0) <= boundary.length) return { start: p, delimited: true };
  }
  return { start: runStart, delimited: runStart === floor || end - runStart < WORDS_WINDOW };
}
