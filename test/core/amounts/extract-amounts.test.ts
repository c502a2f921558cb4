import { describe, expect, it } from 'vitest';
import { extractAmounts } from '../../../src/core/amounts/extract-amounts.js';
import { splitArticles } from '../../../src/core/split/split-articles.js';
import { AMOUNTS_PAGE, amountsCorpus } from '../../helpers/amounts-page.js';
import { SEED_TEXT } from '../../helpers/seed.js';
import { RULES } from './rules.js';

describe('extractAmounts', () => {
  it('reports source spans and paragraphs, across layout breaks', () => {
    const source = '包头讯 法院判决被告支付原告钢材货\n款97650元，执行干警当场扣划存款1235\n0元。\n另查明，被告尚欠原告货款1万元。（王甲）';
    const [article] = splitArticles({ path: 'a.txt', text: source });
    if (!article) throw new Error('no article');
    const mentions = extractAmounts(article, source, RULES);
    expect(mentions.map((m) => [m.source.text, source.slice(m.source.start, m.source.end), m.fen, m.kind, m.paragraph, m.file, m.article])).toEqual([
      ['97650元', '97650元', 9_765_000, '货款', 1, 'a.txt', 1],
      ['12350元', '1235\n0元', 1_235_000, '执行款', 1, 'a.txt', 1],
      ['1万元', '1万元', 1_000_000, '货款', 2, 'a.txt', 1],
    ]);
  });

  it('is what analysing a file gives each article', () => {
    const corpus = amountsCorpus();
    expect(corpus.articles.map((a) => a.amounts.map((m) => AMOUNTS_PAGE.slice(m.source.start, m.source.end)))).toEqual([
      ['5万元', '5万元'],
      ['20万元', '3万元', '20万元', '数十万元'],
    ]);
  });

  it('finds exactly the seed page’s sums', () => {
    const found = splitArticles({ path: 'seed.txt', text: SEED_TEXT }).flatMap((article) =>
      extractAmounts(article, SEED_TEXT, RULES).map((m) => [m.article, m.source.text, m.fen === null ? null : m.fen / 100, m.vague]),
    );
    expect(found).toEqual([
      [5, '60000元', 60000, false],
      [5, '201820元', 201820, false],
      [6, '1500 元', 1500, false],
      [7, '百万', null, true],
      [8, '6000 元', 6000, false],
      [8, '56.93万元', 569300, false],
    ]);
  });
});
