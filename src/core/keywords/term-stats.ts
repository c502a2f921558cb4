import type { AnalysedArticle } from '../corpus.js';

/** The measures of one term over a corpus. */
export interface TermStats {
  /** The word. */
  term: string;
  /** Occurrences in the corpus. */
  count: number;
  /** Articles it occurs in (document frequency). */
  articles: number;
  /** `count × idf(articles)`, see `smoothIdf`. */
  tfidf: number;
}

/**
 * Smoothed inverse document frequency of a term found in `df` of `n` articles:
 * `ln((1 + n) / (1 + df)) + 1`. The added ones act as one extra article holding every term, so
 * no division by zero and no negative weight; the final `+ 1` keeps a term found in every
 * article weighted by its count instead of zeroed (the smoothing scikit-learn uses).
 */
export function smoothIdf(n: number, df: number): number {
  return Math.log((1 + n) / (1 + df)) + 1;
}

/** Rounds a score to four decimals, so output is stable across platforms and readable. */
export function roundScore(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

/**
 * Adds up occurrences of terms: occurrences and the set of articles per term. Terms come out in
 * first-occurrence order; views sort them.
 */
export class TermTally {
  private readonly terms = new Map<string, { count: number; articles: Set<AnalysedArticle> }>();

  /** Counts one occurrence of `term` in `article`. */
  add(term: string, article: AnalysedArticle): void {
    let entry = this.terms.get(term);
    if (!entry) {
      entry = { count: 0, articles: new Set() };
      this.terms.set(term, entry);
    }
    entry.count++;
    entry.articles.add(article);
  }

  /** The measures of every term counted, over a corpus of `articleCount` articles. */
  stats(articleCount: number): TermStats[] {
    return [...this.terms].map(([term, { count, articles }]) => ({
      term,
      count,
      articles: articles.size,
      tfidf: roundScore(count * smoothIdf(articleCount, articles.size)),
    }));
  }
}
