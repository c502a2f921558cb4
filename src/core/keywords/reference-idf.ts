/**
 * Inverse document frequencies of a large general corpus (jieba's bundled `idf.utf8`), the
 * reference a keyness score compares the user's corpus with.
 */
export interface ReferenceIdf {
  /** Where the figures come from, for the view's meta. */
  source: string;
  /** IDF by word. */
  idf: ReadonlyMap<string, number>;
  /** The IDF given to a word the reference does not know: the median of its IDFs. */
  unknown: number;
}

/** Parses `word idf` lines (jieba's idf format); malformed lines are skipped. */
export function parseReferenceIdf(text: string, source: string): ReferenceIdf {
  const idf = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [word, value] = line.trim().split(/\s+/);
    const number = Number(value);
    if (word && value && Number.isFinite(number)) idf.set(word, number);
  }
  const sorted = [...idf.values()].sort((a, b) => a - b);
  const unknown = sorted.length === 0 ? 0 : (sorted[Math.floor(sorted.length / 2)] as number);
  return { source, idf, unknown };
}

/**
 * Keyness of a term against the reference: `count × idf_ref(term)`, the weighting jieba's own
 * keyword extraction uses. Words frequent here but rare in general Chinese score high; words
 * common everywhere (工作, 发展) score low however often they occur here.
 */
export function keyness(term: string, count: number, reference: ReferenceIdf): number {
  return count * (reference.idf.get(term) ?? reference.unknown);
}
