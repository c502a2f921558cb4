import { describe, expect, it } from 'vitest';
import type { AnalysedArticle } from '../../../src/core/corpus.js';
import { smoothIdf, TermTally } from '../../../src/core/keywords/term-stats.js';

describe('smoothIdf', () => {
  it('is ln((1 + n) / (1 + df)) + 1', () => {
    expect(smoothIdf(2, 2)).toBe(1);
    expect(smoothIdf(2, 1)).toBeCloseTo(1 + Math.log(1.5), 12);
    expect(smoothIdf(0, 0)).toBe(1);
  });
});

describe('TermTally', () => {
  const a = { index: 1 } as AnalysedArticle;
  const b = { index: 2 } as AnalysedArticle;

  it('counts occurrences and articles and weights by smoothed idf', () => {
    const tally = new TermTally();
    for (const [term, article] of [['调解', a], ['调解', a], ['调解', b], ['执行', b]] as const) tally.add(term, article);
    expect(tally.stats(2)).toEqual([
      { term: '调解', count: 3, articles: 2, tfidf: 3 },
      { term: '执行', count: 1, articles: 1, tfidf: 1.4055 },
    ]);
    expect(new TermTally().stats(0)).toEqual([]);
  });
});
