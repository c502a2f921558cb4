import { describe, expect, it } from 'vitest';
import { TokenCache } from '../../../src/core/keywords/token-cache.js';
import { buildKeywordsView } from '../../../src/core/views/keywords-view.js';
import { buildKwicView, type KwicViewOptions } from '../../../src/core/views/kwic-view.js';
import { fixtureCorpus, fixtureSegmenter, PAGE } from '../../helpers/keywords-fixture.js';

function options(overrides: Partial<KwicViewOptions> = {}): KwicViewOptions {
  return {
    lang: 'en',
    tokens: new TokenCache(fixtureSegmenter()),
    stopwords: new Set(['近日', '该院']),
    minLength: 2,
    pos: null,
    includeHeadlines: false,
    term: '纠纷',
    width: 5,
    ...overrides,
  };
}

describe('buildKwicView', () => {
  it('lists each occurrence with source context and source offset', () => {
    const view = buildKwicView(fixtureCorpus(), options());
    expect(view.columns.map((c) => c.key)).toEqual(['file', 'article', 'left', 'term', 'right', 'offset']);
    expect(view.rows).toEqual([
      { file: 'page-2023-12.txt', article: 1, left: '与乙公司的', term: '纠纷', right: '也已执行和', offset: PAGE.indexOf('纠纷也已') },
      { file: 'page-2023-12.txt', article: 2, left: '，诉前调解', term: '纠纷', right: ' 一百二十', offset: PAGE.indexOf('纠纷\n一百') },
    ]);
    expect(view.meta).toMatchObject({ term: '纠纷', occurrences: 2, articles: 2, excluded: null });
  });

  it('finds as many occurrences as the keywords view counts, for every counted term', () => {
    for (const includeHeadlines of [false, true]) {
      const shared = { tokens: new TokenCache(fixtureSegmenter()), includeHeadlines };
      const keywords = buildKeywordsView(fixtureCorpus(), { ...options(shared), top: 0, sort: 'count' });
      for (const row of keywords.rows) {
        expect(buildKwicView(fixtureCorpus(), options({ ...shared, term: String(row.term) })).rows).toHaveLength(row.count as number);
      }
    }
  });

  it('orders headline occurrences by source offset and folds the typed term', () => {
    const view = buildKwicView(fixtureCorpus(), options({ includeHeadlines: true, term: ' 拘传 ', width: 2 }));
    expect(view.rows.map((r) => [r.article, r.left, r.right, r.offset])).toEqual([
      [1, '上门', ' 被', 6],
      [1, '采取', '措施', PAGE.indexOf('拘传措施')],
    ]);
  });

  it('still lists a word keywords leaves out, saying why', () => {
    const view = buildKwicView(fixtureCorpus(), options({ term: '该院', width: 2 }));
    expect(view.rows.map((r) => [r.left, r.term, r.right])).toEqual([['明从', '该院', '获悉']]);
    expect(view.meta.excluded).toBe('stopword');
    expect(buildKwicView(fixtureCorpus(), options({ term: '某某' })).rows).toEqual([]);
  });
});
