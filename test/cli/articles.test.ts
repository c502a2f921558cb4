import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { CORPUS_DIR } from '../helpers/seed.js';
import { useTempDir } from '../helpers/temp-dir.js';

interface ArticleRow {
  file: string;
  index: number;
  date: string | null;
  dateline: string | null;
  headline: string | null;
  byline: string | null;
  region: string | null;
  province: string | null;
  city: string | null;
  county: string | null;
  chars: number;
  amount_total_yuan: number | null;
}

describe('bulletin articles', () => {
  const tmp = useTempDir();

  it('prints the JSON contract for the bundled corpus by default', async () => {
    const run = await runCli(['articles', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const parsed = JSON.parse(run.stdout) as { view: string; rows: ArticleRow[]; columns: { key: string }[] };
    expect(parsed.view).toBe('articles');
    expect(parsed.columns.map((c) => c.key)).toEqual(['file', 'index', 'date', 'dateline', 'headline', 'byline', 'region', 'province', 'city', 'county', 'chars', 'disputes', 'amount_total_yuan']);
    expect(parsed.rows).toHaveLength(9);
    expect(parsed.rows[0]).toMatchObject({ file: '2023-12-nmg-court-news-page.txt', index: 1, date: '2023-12', dateline: '呼和浩特', byline: '韩立波', region: '回民区', province: '内蒙古自治区', city: '呼和浩特市', county: '回民区' });
    expect(parsed.rows[1]).toMatchObject({ dateline: '科布尔', region: '科布尔镇', city: '乌兰察布市', county: '察哈尔右翼中旗' });
    expect(parsed.rows[5]).toMatchObject({ dateline: null, byline: '闫利民', headline: '全国法院一家亲 倾力相助促执行' });
  });

  it('writes CSV to --out atomically with a BOM, and no BOM on stdout unless --bom', async () => {
    const out = path.join(tmp(), 'articles.csv');
    const run = await runCli(['articles', CORPUS_DIR, '--format', 'csv', '--out', out]);
    expect(run.code).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8', 3).split('\r\n')[0]).toBe('file,index,date,dateline,headline,byline,region,province,city,county,chars,disputes,amount_total_yuan');
    expect((await runCli(['articles', '-f', 'csv'])).stdout.startsWith('file,')).toBe(true);
    expect((await runCli(['articles', '-f', 'csv', '--bom'])).stdout.startsWith('\uFEFFfile,')).toBe(true);
    expect(readFileSync(out).length).toBeGreaterThan(100);
    const noBom = path.join(tmp(), 'plain.csv');
    await runCli(['articles', '-f', 'csv', '--out', noBom, '--no-bom']);
    expect(readFileSync(noBom, 'utf8').startsWith('file,')).toBe(true);
  });

  it('takes the format from --out when --format is not given', async () => {
    const dir = tmp();
    const at = (name: string) => path.join(dir, name);
    for (const name of ['a.csv', 'a.TSV', 'a.json', 'a.txt']) expect((await runCli(['articles', '--out', at(name)])).code).toBe(0);
    expect(readFileSync(at('a.csv'), 'utf8').startsWith('\uFEFFfile,index,')).toBe(true);
    expect(readFileSync(at('a.TSV'), 'utf8').startsWith('\uFEFFfile\tindex\t')).toBe(true);
    expect((JSON.parse(readFileSync(at('a.json'), 'utf8')) as { rows: unknown[] }).rows).toHaveLength(9);
    expect(readFileSync(at('a.txt'), 'utf8')).toMatch(/^Articles \(9\)\n┌/);
    await runCli(['articles', '--format', 'json', '--out', at('b.csv')]);
    expect(readFileSync(at('b.csv'), 'utf8').startsWith('{')).toBe(true);
  });

  it('writes human labels in the UI language with --header labels', async () => {
    const run = await runCli(['articles', '-f', 'tsv', '--header', 'labels', '--lang', 'zh']);
    expect(run.stdout.split('\n')[0]).toBe('文件\t序号\t日期\t电头\t标题\t署名\t地区\t省级\t市级\t县级\t字数\t案由\t金额合计（元）');
    const fromLocale = await runCli(['articles', '-f', 'tsv', '--header', 'labels'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(fromLocale.stdout.split('\n')[0]).toBe('文件\t序号\t日期\t电头\t标题\t署名\t地区\t省级\t市级\t县级\t字数\t案由\t金额合计（元）');
  });

  it('names files relative to the folder given', async () => {
    const dir = tmp();
    const sub = path.join(dir, '2024', '01');
    await import('node:fs').then((fs) => fs.mkdirSync(sub, { recursive: true }));
    writeFileSync(path.join(sub, 'page-20240105.txt'), '包头讯 法院召开会议。（王甲）');
    const run = await runCli(['articles', dir, '-f', 'json']);
    const rows = (JSON.parse(run.stdout) as { rows: ArticleRow[] }).rows;
    expect(rows.map((r) => [r.file, r.date])).toEqual([['2024/01/page-20240105.txt', '2024-01-05']]);
  });

  it('reports a missing path as one line with exit 1', async () => {
    const run = await runCli(['articles', 'no-such-folder']);
    expect(run).toEqual({ code: 1, stdout: '', stderr: 'bulletin: path not found: no-such-folder\n' });
  });

  it('reports an unwritable --out as one line with exit 1 and leaves nothing behind', async () => {
    const dir = tmp();
    const run = await runCli(['articles', '-f', 'csv', '--out', path.join(dir, 'missing', 'x.csv')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^bulletin: cannot write .*x\.csv: folder does not exist\n$/);
  });

  it('reports usage errors as one line with exit 2', async () => {
    const bad = await runCli(['articles', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')).toHaveLength(2);
    expect(bad.stderr).toContain('format');
    const unknown = await runCli(['articles', '--frobnicate']);
    expect(unknown).toMatchObject({ code: 2, stderr: 'bulletin: Unknown argument: frobnicate\n' });
  });

  it('prints warnings for skipped files on stderr and still succeeds', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'ok.txt'), '通辽讯 正文。');
    writeFileSync(path.join(dir, 'bad.txt'), Buffer.from([0, 1, 2]));
    const run = await runCli(['articles', dir, '-f', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('bulletin: warning: bad.txt: skipped, binary file (contains NUL bytes)\n');
  });
});
