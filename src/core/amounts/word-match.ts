/** The longest of `words` that ends exactly at `pos` in `text`, or null. */
export function wordEndingAt(text: string, pos: number, words: Iterable<string>): string | null {
  let best: string | null = null;
  for (const word of words) {
    if (word.length > pos || (best !== null && word.length <= best.length)) continue;
    if (text.startsWith(word, pos - word.length)) best = word;
  }
  return best;
}

/** The longest of `words` that starts exactly at `pos` in `text`, or null. */
export function wordStartingAt(text: string, pos: number, words: Iterable<string>): string | null {
  let best: string | null = null;
  for (const word of words) {
    if (best !== null && word.length <= best.length) continue;
    if (text.startsWith(word, pos)) best = word;
  }
  return best;
}
