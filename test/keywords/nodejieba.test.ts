import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareCodePoints } from '../../src/core/compare.js';
import { createNodejiebaSegmenter } from '../../src/io/nodejieba-segmenter.js';
import { DEFAULT_STOPWORD_FILES } from '../../src/io/stopword-files.js';
import { runCli } from '../helpers/run-cli.js';
import { SEED_TEXT } from '../helpers/seed.js';

// The only test file that loads the real nodejieba (two seconds, 300 MB): the user dictionary,
// the seed page's must-show list, and kwic agreeing with keywords on real segmentation.

interface Row {
  term: string;
  count: number;
  articles: number;
  tfidf: number;
}

const words = async (text: string): Promise<string[]> => (await createNodejiebaSegmenter()).cut(text).map((t) => t.word);

describe('nodejieba with the user dictionary', () => {
  it('loads once per process', async () => {
    const first = await createNodejiebaSegmenter();
    const started = performance.now();
    expect(await createNodejiebaSegmenter()).toBe(first);
    expect(performance.now() - started).toBeLessThan(50);
    expect(first.name).toBe('nodejieba');
  });

  // Sentences written by us in the manner of court news.
  it('keeps court terms whole and lets them win over the general split', async () => {
    expect(await words('原告诉至法院')).toEqual(['原告', '诉至', '法院']);
    expect(await words('原告无奈将其诉至法院')).toEqual(['原告', '无奈', '将', '其', '诉至', '法院']);
    expect(await words('加大诉源治理工作推进力度')).toContain('诉源治理');
    expect(await words('被执行人赵某某一直逃避执行')).toEqual(['被执行人', '赵', '某某', '一直', '逃避', '执行']);
    expect(await words('因该案申请执行人和被申请执行人均为企业')).toEqual(expect.arrayContaining(['申请执行人', '被申请执行人']));
    expect(await words('执行到位金额56.93万元，终本案件1件')).toEqual(expect.arrayContaining(['执行到位', '终本']));
    expect(await words('将失信被执行人纳入名单并限制高消费')).toEqual(expect.arrayContaining(['失信被执行人', '限制高消费']));
    expect(await words('坚持发展新时代枫桥经验，深化多元解纷和诉前调解')).toEqual(expect.arrayContaining(['枫桥经验', '多元解纷', '诉前调解']));
    expect(await words('聘任特邀调解员参与巡回审判，司法确认调解协议')).toEqual(expect.arrayContaining(['特邀调解员', '巡回审判', '司法确认', '调解协议']));
  });

  it('does not let a term swallow its neighbours', async () => {
    expect(await words('被告知执行结果')).toEqual(['被', '告知', '执行', '结果']);
    expect(await words('最终本案得以调解')).toEqual(['最终', '本案', '得以', '调解']);
  });

  it('tags user-dictionary words with their part of speech, offsets matching the text', async () => {
    const text = '法院依法对被执行人拘传，推进诉源治理。';
    const tokens = (await createNodejiebaSegmenter()).tag(text);
    expect(tokens.filter((t) => ['被执行人', '拘传', '诉源治理'].includes(t.word)).map((t) => [t.word, t.pos, t.start])).toEqual([
      ['被执行人', 'n', 5],
      ['拘传', 'v', 9],
      ['诉源治理', 'nz', 14],
    ]);
    expect(tokens.every((t) => text.slice(t.start, t.start + t.word.length) === t.word)).toBe(true);
  });
});

describe('the seed page', () => {
  const STOPWORDS = ['的', '了', '在', '和', '是', '与', '对', '为', '将', '并', '等', '近日', '一起', '进行', '该院', '通过', '相关', '一个', '有关', '以及', '其中', '同时'];
  const PLACEHOLDERS = ['某某', '甲公司', '乙公司'];

  it('keywords --top 30: no stopword, placeholder, byline name, single character or number; the key terms ordered by count', async () => {
    const run = await runCli(['keywords', '--top', '30', '-f', 'json']);
    expect(run.stderr).toBe('');
    const rows = (JSON.parse(run.stdout) as { rows: Row[] }).rows;
    const terms = rows.map((r) => r.term);
    expect(rows).toHaveLength(30);
    for (const word of [...STOPWORDS, ...PLACEHOLDERS]) expect(terms).not.toContain(word);
    const articles = JSON.parse((await runCli(['articles', '-f', 'json'])).stdout) as { rows: { byline: string | null }[] };
    // Personal names only: the page's 固阳县人民法院供稿 credits a court, not a reporter.
    const names = articles.rows.flatMap((a) => (a.byline ?? '').split(' ')).filter((name) => name.length > 0 && !name.endsWith('供稿'));
    expect(names).toEqual(['韩立波', '臧跃鹏', '苏都毕力格', '薛雨', '黄晓晓', '闫利民', '何晓雪', '关清', '马喜莲']);
    expect(terms.filter((term) => names.some((name) => name.includes(term)))).toEqual([]);
    for (const term of terms) {
      expect([...term].length).toBeGreaterThan(1);
      expect(term).toMatch(/\p{Script=Han}/u);
      expect(term).not.toMatch(/某/u);
    }
    expect(terms).toEqual(expect.arrayContaining(['执行', '调解', '诉源治理']));
    expect(terms).not.toContain('诉源');
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1] as Row, rows[i] as Row];
      expect(a.count > b.count || (a.count === b.count && compareCodePoints(a.term, b.term) < 0)).toBe(true);
    }
  });

  it('uses the bundled stop lists, which hold the must-show stopwords', () => {
    const bundled = new Set(DEFAULT_STOPWORD_FILES.flatMap((file) => readFileSync(file, 'utf8').split('\n')));
    for (const word of [...STOPWORDS, ...PLACEHOLDERS]) expect(bundled.has(word)).toBe(true);
  });

  it('kwic returns exactly as many rows as keywords counts, term by term', async () => {
    for (const extra of [[], ['--include-headlines'], ['--pos', 'v,vn']]) {
      const counted = (JSON.parse((await runCli(['keywords', '--top', '0', '-f', 'json', ...extra])).stdout) as { rows: Row[] }).rows;
      const byTerm = new Map(counted.map((r) => [r.term, r.count]));
      const sample = ['执行', '调解', '诉源治理', '公司', '法院', '被执行人', '干警', '原告'].filter((term) => byTerm.has(term));
      expect(sample.length).toBeGreaterThanOrEqual(extra.length === 0 ? 8 : 2);
      for (const term of sample) {
        const kwic = JSON.parse((await runCli(['kwic', term, '-f', 'json', ...extra])).stdout) as { rows: { term: string; offset: number }[] };
        expect([term, kwic.rows.length]).toEqual([term, byTerm.get(term)]);
      }
    }
  });

  it('kwic shows source context around each occurrence, at its source offset', async () => {
    const run = await runCli(['kwic', '诉源治理', '-f', 'json', '--width', '6']);
    const rows = (JSON.parse(run.stdout) as { rows: { article: number; left: string; term: string; right: string; offset: number }[] }).rows;
    expect(rows[0]).toEqual({ file: '2023-12-nmg-court-news-page.txt', article: 1, left: '法院+政协”', term: '诉源治理', right: '政协委员工作', offset: SEED_TEXT.indexOf('诉源治理') });
    const broken = SEED_TEXT.indexOf('诉源治理政\n协委员工作室揭牌。');
    expect(broken).toBeGreaterThan(0);
    expect(rows.find((r) => r.offset === broken)).toEqual({ file: '2023-12-nmg-court-news-page.txt', article: 1, left: '法院+政协”', term: '诉源治理', right: '政 协委员工', offset: broken });
    expect(rows.every((r) => r.term === '诉源治理')).toBe(true);
  });
});
