const HAN = /\p{Script=Han}/u;

/** True for a CJK ideograph: the only characters a case-type phrase is made of (besides 、 inside names). */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined || ch.length === 0) return false;
  const code = ch.charCodeAt(0);
  // The common blocks by code range (this runs for every character scanned); the regex for the rest.
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return true;
  if (code < 0x2e80) return false;
  return HAN.test(ch);
}

/** Characters that end a sentence. */
const SENTENCE_END = /[。！？!?；;\n]/;

/** Start and end of the sentence around `position`. */
export function sentenceAround(text: string, position: number): { start: number; end: number } {
  let start = position;
  while (start > 0 && !SENTENCE_END.test(text[start - 1] as string)) start--;
  let end = position;
  while (end < text.length && !SENTENCE_END.test(text[end] as string)) end++;
  return { start, end };
}

/** Start of the run of Han characters that ends at `end`, reading back at most `max` characters. */
export function hanRunStart(text: string, end: number, max: number): number {
  let start = end;
  while (start > 0 && end - start < max && isHan(text[start - 1])) start--;
  return start;
}

/** A word list's words by the code unit they begin and end with. */
interface WordIndex {
  byFirst: ReadonlyMap<number, readonly string[]>;
  byLast: ReadonlyMap<number, readonly string[]>;
}

const indexes = new WeakMap<readonly string[], WordIndex>();

function group(words: readonly string[], key: (word: string) => number): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const word of words) {
    const list = map.get(key(word));
    if (list) list.push(word);
    else map.set(key(word), [word]);
  }
  return map;
}

/**
 * Lists up to this long are scanned whole; longer ones (the boundary words run to some two hundred,
 * and every list is tried at every character) only by the words that begin or end with the
 * character at hand.
 */
const SCAN_LIMIT = 4;

function indexOf(words: readonly string[]): WordIndex {
  let index = indexes.get(words);
  if (!index) {
    index = { byFirst: group(words, (word) => word.charCodeAt(0)), byLast: group(words, (word) => word.charCodeAt(word.length - 1)) };
    indexes.set(words, index);
  }
  return index;
}

const NO_WORDS: readonly string[] = [];

/** The words of a list that may start with `first` (for a short list, all of them). */
function startingWith(words: readonly string[], first: number): readonly string[] {
  return words.length <= SCAN_LIMIT ? words : (indexOf(words).byFirst.get(first) ?? NO_WORDS);
}

/** The words of a list that may end with `last` (for a short list, all of them). */
function endingWith(words: readonly string[], last: number): readonly string[] {
  return words.length <= SCAN_LIMIT ? words : (indexOf(words).byLast.get(last) ?? NO_WORDS);
}

/** The longest word of `words` that `text` has at `position`. */
export function wordAt(text: string, position: number, words: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const word of startingWith(words, text.charCodeAt(position))) {
    if (text.startsWith(word, position) && (!found || word.length > found.length)) found = word;
  }
  return found;
}

/** The longest word of `words` that ends `text` at `end`. */
export function wordBefore(text: string, end: number, words: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const word of endingWith(words, text.charCodeAt(end - 1))) {
    if (end >= word.length && text.startsWith(word, end - word.length) && (!found || word.length > found.length)) found = word;
  }
  return found;
}
