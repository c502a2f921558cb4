// Pages written by us in the style of court news (not copied from any source).
import { describe, expect, it } from 'vitest';
import { applyFilter } from '../../../src/core/filter.js';
import { buildDisputeMentionsView } from '../../../src/core/views/dispute-mentions-view.js';
import { buildDisputesView } from '../../../src/core/views/disputes-view.js';
import { buildArticlesView } from '../../../src/core/views/articles-view.js';
import { analysePages } from '../../helpers/analysed.js';
import { MODEL } from '../../helpers/disputes.js';

const CORPUS = analysePages({
  'a.txt':
    '包头讯 原告张某与被告李某民间借贷纠纷一案，经调解结案。另一起买卖合同纠纷也已审结。（王甲）\n\n' +
    '通辽讯 被告人赵某犯盗窃罪，被判处有期徒刑一年。该院还审结一起民间借贷纠纷。（李乙）\n\n' +
    '赤峰讯 该院与劳动争议调解中心合作，化解矛盾纠纷和一起彩礼纠纷。（孙丙）',
});
const base = { lang: 'en' as const, taxonomy: MODEL.taxonomy };

describe('buildDisputesView', () => {
  it('counts case mentions at their own level, sorted by articles then name', () => {
    const view = buildDisputesView(CORPUS, base);
    expect(view.columns.map((c) => c.key)).toEqual(['cause', 'id', 'level', 'parent', 'family', 'articles', 'mentions']);
    expect(view.rows).toEqual([
      { cause: '民间借贷纠纷', id: '2025-4-10-108-3', level: 4, parent: '借款合同纠纷', family: 'civil', articles: 2, mentions: 2 },
      { cause: '(unlisted)', id: null, level: null, parent: null, family: 'civil', articles: 1, mentions: 1 },
      { cause: '买卖合同纠纷', id: '2025-4-10-88', level: 3, parent: '合同纠纷', family: 'civil', articles: 1, mentions: 1 },
      { cause: '盗窃罪', id: 'crim-5-2', level: 2, parent: '侵犯财产罪', family: 'criminal', articles: 1, mentions: 1 },
    ]);
    expect(view.meta).toMatchObject({ edition: '2025', level: null, family: 'all', roles: ['case'], articles: 3, mentions: 5 });
  });

  it('rolls deeper causes up to --level and keeps shallower ones', () => {
    const view = buildDisputesView(CORPUS, { ...base, level: 2 });
    expect(view.rows.map((r) => [r.cause, r.level, r.parent, r.articles, r.mentions])).toEqual([
      ['合同纠纷', 2, '合同、准合同纠纷', 2, 3],
      ['(unlisted)', null, null, 1, 1],
      ['盗窃罪', 2, '侵犯财产罪', 1, 1],
    ]);
    expect(buildDisputesView(CORPUS, { ...base, level: 1, family: 'criminal' }).rows.map((r) => [r.cause, r.level])).toEqual([['侵犯财产罪', 1]]);
  });

  it('counts organisation and umbrella mentions only when asked', () => {
    const view = buildDisputesView(CORPUS, { ...base, roles: ['organization', 'generic'] });
    expect(view.rows.map((r) => [r.cause, r.family, r.articles, r.mentions])).toEqual([
      ['(none)', 'civil', 1, 1],
      ['劳动争议', 'civil', 1, 1],
    ]);
  });
});

describe('buildDisputeMentionsView', () => {
  it('has one row per mention with the keys in the documented order', () => {
    const view = buildDisputeMentionsView(CORPUS, { ...base, family: 'civil', level: 3 });
    expect(view.columns.map((c) => c.key).slice(0, 10)).toEqual(['file', 'article', 'text', 'cause', 'id', 'level', 'family', 'role', 'offset', 'end']);
    expect(view.rows.map((r) => [r.article, r.text, r.cause, r.group, r.via])).toEqual([
      [1, '民间借贷纠纷', '民间借贷纠纷', '借款合同纠纷', 'name'],
      [1, '买卖合同纠纷', '买卖合同纠纷', '买卖合同纠纷', 'name'],
      [2, '民间借贷纠纷', '民间借贷纠纷', '借款合同纠纷', 'name'],
      [3, '彩礼纠纷', '(unlisted)', '(unlisted)', 'phrase'],
    ]);
    const first = view.rows[0]!;
    const source = CORPUS.files[0]!.text;
    expect(source.slice(first.offset as number, first.end as number)).toBe('民间借贷纠纷');
    expect(first.context).toBe('原告张某与被告李某【民间借贷纠纷】一案，经调解结案。另一起');
  });
});

describe('disputes in the articles view and the filter', () => {
  it('lists the official names of each article’s case mentions', () => {
    expect(buildArticlesView(CORPUS, 'en').rows.map((r) => r.disputes)).toEqual([['民间借贷纠纷', '买卖合同纠纷'], ['盗窃罪', '民间借贷纠纷'], []]);
  });

  it('keeps articles with a case of the cause or any cause under it', () => {
    const kept = (dispute: string) => applyFilter(CORPUS, { dispute }).articles.map((a) => a.index);
    expect(kept('合同纠纷')).toEqual([1, 2]);
    expect(kept('买卖合同纠纷')).toEqual([1]);
    expect(kept('侵犯财产罪')).toEqual([2]);
    expect(kept('(unlisted)')).toEqual([3]);
    expect(kept('劳动争议')).toEqual([]);
  });
});
