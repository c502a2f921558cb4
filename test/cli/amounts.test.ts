import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { SEED_TEXT } from '../helpers/seed.js';
import { useTempDir } from '../helpers/temp-dir.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

interface DetailRow {
  file: string;
  article: number;
  text: string;
  yuan: number | null;
  min_yuan: number | null;
  max_yuan: number | null;
  approx: boolean;
  vague: boolean;
  kind: string;
  offset: number;
  end: number;
}

async function json<T>(argv: string[]): Promise<{ columns: { key: string }[]; rows: T[]; meta: Record<string, unknown> }> {
  const run = await runCli([...argv, '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as { columns: { key: string }[]; rows: T[]; meta: Record<string, unknown> };
}

describe('bulletin amounts', () => {
  const tmp = useTempDir();

  it('--detail on the bundled page gives exactly its six sums, traceable to the source', async () => {
    const view = await json<DetailRow>(['amounts', '--detail']);
    expect(view.columns.map((c) => c.key).slice(0, 11)).toEqual(['file', 'article', 'text', 'yuan', 'min_yuan', 'max_yuan', 'approx', 'vague', 'kind', 'offset', 'end']);
    expect(view.rows.map((r) => [r.article, r.text, r.yuan, r.min_yuan, r.max_yuan, r.approx, r.vague])).toEqual([
      [5, '60000元', 60000, 60000, 60000, false, false],
      [5, '201820元', 201820, 201820, 201820, false, false],
      [6, '1500 元', 1500, 1500, 1500, false, false],
      [7, '百万', null, null, null, true, true],
      [8, '6000 元', 6000, 6000, 6000, false, false],
      [8, '56.93万元', 569300, 569300, 569300, false, false],
    ]);
    for (const row of view.rows) expect(SEED_TEXT.slice(row.offset, row.end).replace(/[\r\n]/g, '')).toBe(row.text);
    expect(view.rows.map((r) => r.kind)).toEqual(['货款', '货款', '抚养费', '执行款', '执行款', '执行款']);
  });

  it('totals by kind by default, sorted by total', async () => {
    const view = await json<Record<string, unknown>>(['amounts']);
    expect(view.columns.map((c) => c.key).slice(0, 5)).toEqual(['key', 'mentions', 'total_yuan', 'min_yuan', 'max_yuan']);
    expect(view.rows.map((r) => [r.key, r.mentions, r.total_yuan, r.vague])).toEqual([
      ['执行款', 3, 575300, 1],
      ['货款', 2, 261820, 0],
      ['抚养费', 1, 1500, 0],
    ]);
    expect(view.meta).toMatchObject({ by: 'kind', mentions: 6, vague: 1, total_yuan: 838620 });
  });

  it('groups by file and article and filters by kind', async () => {
    expect((await json<Record<string, unknown>>(['amounts', '--by', 'file'])).rows.map((r) => [r.key, r.total_yuan])).toEqual([['2023-12-nmg-court-news-page.txt', 838620]]);
    const byArticle = await json<Record<string, unknown>>(['amounts', '--by', 'article']);
    expect(byArticle.rows.map((r) => [r.key, r.total_yuan, r.headline])).toEqual([
      ['2023-12-nmg-court-news-page.txt#8', 575300, '周末执行“不打烊” 司法为民显担当'],
      ['2023-12-nmg-court-news-page.txt#5', 261820, '录音证据显作用 公正判决获锦旗'],
      ['2023-12-nmg-court-news-page.txt#6', 1500, '全国法院一家亲 倾力相助促执行'],
      ['2023-12-nmg-court-news-page.txt#7', null, '提振企业发展信心 助力优化营商环境'],
    ]);
    const goods = await json<DetailRow>(['amounts', '--detail', '--kind', '货款', '抚养费']);
    expect(goods.rows.map((r) => r.yuan)).toEqual([60000, 201820, 1500]);
  });

  it('writes `amounts corpus --by kind --format csv --out amounts.csv` with a UTF-8 BOM', async () => {
    const out = path.join(tmp(), 'amounts.csv');
    const run = await runCli(['amounts', 'corpus', '--by', 'kind', '--format', 'csv', '--out', out], { cwd: REPO });
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8', 3).split('\r\n').slice(0, 2)).toEqual(['key,mentions,total_yuan,min_yuan,max_yuan,vague,articles', '执行款,3,575300,575300,575300,1,2']);
  });

  it('totals the seed page by the primary region of each article, at city level by default', async () => {
    const rows = async (args: string[]) =>
      (JSON.parse((await runCli(['amounts', '--by', 'region', '--format', 'json', ...args])).stdout) as { rows: { key: string; mentions: number; total_yuan: number | null }[] }).rows.map((r) => [r.key, r.mentions, r.total_yuan]);
    expect(await rows([])).toEqual([
      ['包头市', 4, 837120],
      ['鄂尔多斯市', 1, 1500],
      ['呼和浩特市', 1, null],
    ]);
    expect(await rows(['--level', 'county'])).toEqual([
      ['固阳县', 2, 575300],
      ['达尔罕茂明安联合旗', 2, 261820],
      ['鄂托克旗', 1, 1500],
      ['和林格尔县', 1, null],
    ]);
  });

  it('gives each amount of the seed page to the dispute named nearest before it, else the article\'s only one', async () => {
    const run = await runCli(['amounts', '--by', 'dispute', '--format', 'json']);
    const rows = (JSON.parse(run.stdout) as { rows: { key: string; mentions: number; total_yuan: number | null }[] }).rows;
    expect(rows.map((r) => [r.key, r.mentions, r.total_yuan])).toEqual([
      ['(unattributed)', 1, 569300],
      ['买卖合同纠纷', 3, 261820],
      ['民间借贷纠纷', 1, 6000],
      ['离婚纠纷', 1, 1500],
    ]);
  });

  it('rejects an unknown grouping or kind as a usage error', async () => {
    expect((await runCli(['amounts', '--by', 'month'])).code).toBe(2);
    expect((await runCli(['amounts', '--kind', '房款'])).code).toBe(2);
  });

  it('labels columns in Chinese with --lang zh', async () => {
    const run = await runCli(['amounts', '-f', 'tsv', '--header', 'labels', '--lang', 'zh']);
    expect(run.stdout.split('\n')[0]).toBe('类别\t提及\t合计（元）\t下限（元）\t上限（元）\t模糊\t文章数');
  });

  it('gives the articles view each article’s amount total', async () => {
    const view = await json<Record<string, unknown>>(['articles']);
    expect(view.rows.map((r) => r.amount_total_yuan)).toEqual([null, null, null, null, 261820, 1500, null, 575300, null]);
  });
});
