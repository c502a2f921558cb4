import { describe, expect, it } from 'vitest';
import { parseReferenceIdf } from '../../../src/core/keywords/reference-idf.js';
import { TokenCache } from '../../../src/core/keywords/token-cache.js';
import { buildKeywordsView, type KeywordsViewOptions } from '../../../src/core/views/keywords-view.js';
import { fixtureCorpus, fixtureSegmenter } from '../../helpers/keywords-fixture.js';

const ONE = 1.4055; // 1 × (ln(3 / 2) + 1): one occurrence in one of the two articles

function options(overrides: Partial<KeywordsViewOptions> = {}): KeywordsViewOptions {
  return {
    lang: 'en',
    tokens: new TokenCache(fixtureSegmenter()),
    stopwords: new Set(['近日', '该院', '工作', '表示', '开展', '推进']),
    minLength: 2,
    pos: null,
    includeHeadlines: false,
    top: 0,
    sort: 'count',
    ...overrides,
  };
}

describe('buildKeywordsView', () => {
  it('counts body words, leaving out stopwords, placeholders, bylines, numbers and single characters', () => {
    const view = buildKeywordsView(fixtureCorpus(), options());
    expect(view.columns.map((c) => c.key)).toEqual(['term', 'count', 'articles', 'tfidf']);
    expect(view.rows.slice(0, 2)).toEqual([
      { term: '人民法院', count: 2, articles: 2, tfidf: 2 },
      { term: '纠纷', count: 2, articles: 2, tfidf: 2 },
    ]);
    expect(view.rows.slice(2).map((r) => r.term)).toEqual([
      '也已', '全面', '包头市', '同步', '履行', '当场', '执行', '执行和解', '执行干警', '拘传', '措施', '满意', '申请执行人',
      '被执行人', '记者', '诉前调解', '诉源治理', '调解', '调解员', '通辽市', '采取', '获悉', '依法', '欠款',
    ].sort((a, b) => (a < b ? -1 : 1)));
    expect(view.rows.slice(2).every((r) => r.count === 1 && r.articles === 1 && r.tfidf === ONE)).toBe(true);
    expect(view.meta).toMatchObject({ articles: 2, terms: 26, occurrences: 28, sort: 'count', segmenter: 'fake', stopwords: 6 });
  });

  it('counts headlines on request and sorts by the measure asked, then term', () => {
    const view = buildKeywordsView(fixtureCorpus(), options({ includeHeadlines: true, sort: 'tfidf', top: 4 }));
    expect(view.rows).toEqual([
      { term: '拘传', count: 2, articles: 1, tfidf: 2.8109 },
      { term: '执行干警', count: 2, articles: 1, tfidf: 2.8109 },
      { term: '当场', count: 2, articles: 1, tfidf: 2.8109 },
      { term: '履行', count: 2, articles: 1, tfidf: 2.8109 },
    ].sort((a, b) => (a.term < b.term ? -1 : 1)));
    expect(buildKeywordsView(fixtureCorpus(), options({ sort: 'articles', top: 1 })).rows).toEqual([{ term: '人民法院', count: 2, articles: 2, tfidf: 2 }]);
  });

  it('filters by part of speech and by minimum length', () => {
    expect(buildKeywordsView(fixtureCorpus(), options({ pos: new Set(['nz', 'ns']) })).rows.map((r) => r.term)).toEqual(['包头市', '执行和解', '诉前调解', '诉源治理', '通辽市']);
    expect(buildKeywordsView(fixtureCorpus(), options({ minLength: 4 })).rows.map((r) => r.term)).toEqual(['人民法院', '执行和解', '执行干警', '申请执行人', '被执行人', '诉前调解', '诉源治理']);
  });

  it('adds keyness against a reference and can sort by it', () => {
    const reference = parseReferenceIdf('人民法院 1\n纠纷 2\n诉源治理 12\n拘传 6\n', 'test');
    const view = buildKeywordsView(fixtureCorpus(), options({ reference, sort: 'keyness', top: 3 }));
    expect(view.columns.map((c) => c.key)).toEqual(['term', 'count', 'articles', 'tfidf', 'keyness']);
    expect(view.rows).toEqual([
      { term: '诉源治理', count: 1, articles: 1, tfidf: ONE, keyness: 12 },
      { term: '也已', count: 1, articles: 1, tfidf: ONE, keyness: 6 },
      { term: '依法', count: 1, articles: 1, tfidf: ONE, keyness: 6 },
    ]);
    expect(view.meta.reference).toBe('test');
    expect(() => buildKeywordsView(fixtureCorpus(), options({ sort: 'keyness' }))).toThrow('reference');
  });

  it('labels columns in Chinese', () => {
    const view = buildKeywordsView(fixtureCorpus(), options({ lang: 'zh', top: 1 }));
    expect([view.title, ...view.columns.map((c) => c.label)]).toEqual(['关键词', '词语', '频次', '文章数', 'TF-IDF']);
  });
});
