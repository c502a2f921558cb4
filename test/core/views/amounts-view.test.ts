import { describe, expect, it } from 'vitest';
import { buildAmountsView } from '../../../src/core/views/amounts-view.js';
import { buildArticlesView } from '../../../src/core/views/articles-view.js';
import { amountsCorpus } from '../../helpers/amounts-page.js';

const pick = (rows: readonly Record<string, unknown>[], keys: string[]) => rows.map((row) => keys.map((key) => row[key]));

describe('amounts view', () => {
  it('totals by kind: repeats in one article once, vague counted not summed, sorted by total', () => {
    const view = buildAmountsView(amountsCorpus(), { lang: 'en' });
    expect(view.columns.map((c) => c.key)).toEqual(['key', 'mentions', 'total_yuan', 'min_yuan', 'max_yuan', 'vague', 'articles']);
    expect(view.columns.find((c) => c.key === 'total_yuan')?.type).toBe('yuan');
    expect(pick(view.rows, ['key', 'mentions', 'total_yuan', 'min_yuan', 'max_yuan', 'vague', 'articles'])).toEqual([
      ['借款', 2, 200000, 200000, 200000, 0, 1],
      ['货款', 3, 80000, 80000, 80000, 0, 2],
      ['执行款', 1, null, null, null, 1, 1],
    ]);
    expect(view.meta).toMatchObject({ by: 'kind', mentions: 6, summed: 3, vague: 1, total_yuan: 280000, total_exact: '280000' });
  });

  it('totals by file and by article', () => {
    expect(pick(buildAmountsView(amountsCorpus(), { by: 'file', lang: 'en' }).rows, ['key', 'mentions', 'total_yuan', 'articles'])).toEqual([['page-2024-01-05.txt', 6, 280000, 2]]);
    const byArticle = buildAmountsView(amountsCorpus(), { by: 'article', lang: 'zh' });
    expect(byArticle.columns.map((c) => c.label)).toEqual(['文章', '提及', '合计（元）', '下限（元）', '上限（元）', '模糊', '文章数', '标题']);
    expect(pick(byArticle.rows, ['key', 'mentions', 'total_yuan'])).toEqual([
      ['page-2024-01-05.txt#2', 4, 230000],
      ['page-2024-01-05.txt#1', 2, 50000],
    ]);
  });

  it('attributes amounts to the disputes and primary regions the other extractors found', () => {
    expect(pick(buildAmountsView(amountsCorpus(), { by: 'dispute', lang: 'en' }).rows, ['key', 'mentions', 'total_yuan', 'vague', 'articles'])).toEqual([
      ['民间借贷纠纷', 1, 200000, 0, 1],
      ['买卖合同纠纷', 5, 80000, 1, 2],
    ]);
    expect(pick(buildAmountsView(amountsCorpus(), { by: 'region', lang: 'en' }).rows, ['key', 'mentions', 'total_yuan'])).toEqual([
      ['乌兰察布市', 4, 230000],
      ['包头市', 2, 50000],
    ]);
    expect(pick(buildAmountsView(amountsCorpus(), { by: 'region', level: 'province', lang: 'en' }).rows, ['key', 'mentions', 'total_yuan'])).toEqual([['内蒙古自治区', 6, 280000]]);
    expect(pick(buildAmountsView(amountsCorpus(), { by: 'region', level: 'county', lang: 'en' }).rows, ['key', 'mentions', 'total_yuan'])).toEqual([
      ['集宁区', 4, 230000],
      ['(unattributed)', 2, 50000],
    ]);
  });

  it('lists every mention with --detail, in corpus order, saying which count in totals', () => {
    const view = buildAmountsView(amountsCorpus(), { detail: true, lang: 'en' });
    expect(view.columns.map((c) => c.key).slice(0, 11)).toEqual(['file', 'article', 'text', 'yuan', 'min_yuan', 'max_yuan', 'approx', 'vague', 'kind', 'offset', 'end']);
    expect(pick(view.rows, ['article', 'text', 'yuan', 'vague', 'kind', 'paragraph', 'in_total'])).toEqual([
      [1, '5万元', 50000, false, '货款', 1, true],
      [1, '5万元', 50000, false, '货款', 1, false],
      [2, '20万元', 200000, false, '借款', 1, true],
      [2, '3万元', 30000, false, '货款', 2, true],
      [2, '20万元', 200000, false, '借款', 2, false],
      [2, '数十万元', null, true, '执行款', 2, false],
    ]);
    expect(view.rows[3]?.context).toBe('该院还审结一起买卖合同纠纷，判决被告支付货款3万元。');
    expect(view.rows[2]?.context).toBe('…院审结一起民间借贷纠纷案件，判决被告偿还原告借款20万元及利息。');
  });

  it('adds the attributed group to detail rows by region or dispute', () => {
    const view = buildAmountsView(amountsCorpus(), { detail: true, by: 'dispute', lang: 'en' });
    expect(view.columns.map((c) => c.key)).toContain('dispute');
    expect(view.rows.map((row) => row.dispute)).toEqual(['买卖合同纠纷', '买卖合同纠纷', '民间借贷纠纷', '买卖合同纠纷', '买卖合同纠纷', '买卖合同纠纷']);
  });

  it('keeps only the kinds asked for', () => {
    expect(pick(buildAmountsView(amountsCorpus(), { kinds: ['货款'], lang: 'en' }).rows, ['key', 'mentions'])).toEqual([['货款', 3]]);
    expect(buildAmountsView(amountsCorpus(), { kinds: ['罚款'], lang: 'en' }).rows).toEqual([]);
  });

  it('gives the articles view each article’s total under the same policy', () => {
    const rows = buildArticlesView(amountsCorpus(), 'en').rows;
    expect(rows.map((row) => row.amount_total_yuan)).toEqual([50000, 230000]);
  });
});
