// Word lists looked up at a position of a text: the longest word starting or ending there. The
// extractors ask at nearly every character, so a list is indexed by the code units its words begin
// and end with, once per list.

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

/** A word list: the words, or a map keyed by them (a table of qualifiers and what they do). */
export type WordList = readonly string[] | ReadonlyMap<string, unknown>;

const keyLists = new WeakMap<ReadonlyMap<string, unknown>, readonly string[]>();

/** The words of a list; a map's keys are listed once, so the list keeps one index. */
function wordsOf(list: WordList): readonly string[] {
  if (!(list instanceof Map)) return list as readonly string[];
  let keys = keyLists.get(list);
  if (!keys) {
    keys = [...list.keys()];
    keyLists.set(list, keys);
  }
  return keys;
}

/** The longest word of `words` that `text` has at `position`. */
export function wordAt(text: string, position: number, words: WordList): string | undefined {
  let found: string | undefined;
  for (const word of startingWith(wordsOf(words), text.charCodeAt(position))) {
    if (text.startsWith(word, position) && (!found || word.length > found.length)) found = word;
  }
  return found;
}

/** The longest word of `words` that ends `text` at `end`. */
export function wordBefore(text: string, end: number, words: WordList): string | undefined {
  let found: string | undefined;
  for (const word of endingWith(wordsOf(words), text.charCodeAt(end - 1))) {
    if (end >= word.length && text.startsWith(word, end - word.length) && (!found || word.length > found.length)) found = word;
  }
  return found;
}
