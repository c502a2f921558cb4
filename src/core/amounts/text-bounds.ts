import type { Span } from '../span.js';

const SENTENCE_END = /[。！？!?；;\n]/;
const CLAUSE_END = /[，,、：:。！？!?；;\n]/;

function around(text: string, at: number, boundary: RegExp): Span {
  let start = at;
  while (start > 0 && !boundary.test(text[start - 1] as string)) start--;
  let end = at;
  while (end < text.length && !boundary.test(text[end] as string)) end++;
  return { start, end };
}

/** The sentence holding offset `at`: between 。！？； or line breaks (its end mark excluded). */
export function sentenceAround(text: string, at: number): Span {
  return around(text, at, SENTENCE_END);
}

/** The clause holding offset `at`: like a sentence, but commas, 、 and colons also end it. */
export function clauseAround(text: string, at: number): Span {
  return around(text, at, CLAUSE_END);
}

/** 1-based number of the paragraph (`\n`-separated) holding offset `at`. */
export function paragraphAt(text: string, at: number): number {
  let paragraph = 1;
  for (let i = 0; i < at && i < text.length; i++) if (text[i] === '\n') paragraph++;
  return paragraph;
}
