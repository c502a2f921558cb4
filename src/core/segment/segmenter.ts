/** One word of a segmented text. */
export interface Token {
  /** The word as it stands in the text given to the segmenter. */
  word: string;
  /** Offset (UTF-16 code units) of the word's first code unit in that text. */
  start: number;
  /** Part-of-speech tag (jieba's tag set: `n`, `v`, `ns`, `nz` …), when the segmenter was asked for it. */
  pos?: string;
}

/**
 * A Chinese word segmenter. Backends (nodejieba today, others later) are created at the edge
 * (`src/io`) and injected into the pure core; unit tests use a tiny word-list fake.
 */
export interface Segmenter {
  /** Backend name, for diagnostics: `nodejieba` … */
  readonly name: string;
  /** Splits a text into words, every character covered once, in order; tokens carry no tag. */
  cut(text: string): Token[];
  /** Like `cut`, with a part-of-speech tag on each token (slower on jieba backends). */
  tag(text: string): Token[];
}

/** A backend's output before offsets are known. */
export interface RawWord {
  /** The word. */
  word: string;
  /** Its part-of-speech tag, if any. */
  pos?: string;
}

/**
 * Gives each word its offset in `text`. Backends return words in order and normally cover the
 * text exactly; a word the backend altered or dropped text around is found by searching ahead,
 * and a word not found at all is skipped rather than given a false offset.
 */
export function alignWords(text: string, words: readonly RawWord[]): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (const { word, pos } of words) {
    if (word.length === 0) continue;
    const start = text.startsWith(word, at) ? at : text.indexOf(word, at);
    if (start < 0) continue;
    tokens.push(pos === undefined ? { word, start } : { word, start, pos });
    at = start + word.length;
  }
  return tokens;
}
