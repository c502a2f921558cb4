import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { SEED_TEXT } from '../helpers/seed.js';

interface Row {
  [key: string]: string | number | boolean | null | string[];
}

async function rows(argv: string[]): Promise<Row[]> {
  const run = await runCli([...argv, '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { rows: Row[] }).rows;
}

describe('bulletin disputes on the bundled seed page', () => {
  it('shows the civil case mentions of each article', async () => {
    const detail = await rows(['disputes', '--detail', '--family', 'civil']);
    expect(detail.map((r) => [r.article, r.text, r.cause])).toEqual([
      [5, '买卖合同纠纷', '买卖合同纠纷'],
      [6, '抚养权纠纷', '抚养纠纷'],
      [6, '起诉离婚', '离婚纠纷'],
      [7, '买卖合同纠纷', '买卖合同纠纷'],
      [8, '民间借贷纠纷', '民间借贷纠纷'],
      [8, '买卖合同发生纠纷', '买卖合同纠纷'],
      [9, '金融借贷纠纷', '金融借款合同纠纷'],
    ]);
    for (const row of detail) expect(SEED_TEXT.slice(row.offset as number, row.end as number).replace(/\n/g, '')).toBe(row.text);
    expect(SEED_TEXT.slice(detail[0]!.offset as number, detail[0]!.end as number)).toBe('买卖\n合同纠纷');
  });

  it('keeps the detail keys in the documented order', async () => {
    const run = await runCli(['disputes', '--detail', '-f', 'csv']);
    expect(run.stdout.split('\r\n')[0]).toBe('file,article,text,cause,id,level,family,role,offset,end,group,via,mapped,context');
  });

  it('marks generic words and organisation names, and counts them only with --roles', async () => {
    const others = await rows(['disputes', '--detail', '--roles', 'organization,generic']);
    const byArticle = (n: number) => others.filter((r) => r.article === n).map((r) => [r.text, r.role]);
    // The first 民商事纠纷 of article 1 is inside a document title (《…实施方案》): no mention.
    expect(byArticle(1)).toEqual([['民商事纠纷', 'generic'], ['民商事矛盾纠纷', 'generic']]);
    expect(byArticle(3).every(([, role]) => role === 'generic')).toBe(true);
    expect(byArticle(9)).toEqual([['非诉纠纷', 'generic'], ['劳动争议', 'organization'], ['金融纠纷', 'organization']]);
    expect(others.filter((r) => r.role === 'case')).toEqual([]);
  });

  it('puts 终本案件 and the other enforcement mentions in the enforcement family', async () => {
    const enforcement = await rows(['disputes', '--detail', '--family', 'enforcement']);
    expect(enforcement.map((r) => [r.article, r.text, r.cause])).toEqual([
      [6, '申请强制执行', '执行实施'],
      [7, '申请强制执行', '执行实施'],
      [8, '执行完毕案件', '执行完毕'],
      [8, '终本案件', '终结本次执行程序'],
      [8, '执行和解案件', '执行和解'],
    ]);
  });

  it('rolls civil causes up to level 2', async () => {
    expect((await rows(['disputes', '--family', 'civil', '--level', '2'])).map((r) => [r.cause, r.id, r.level, r.parent, r.family, r.articles, r.mentions])).toEqual([
      ['合同纠纷', '2025-4-10', 2, '合同、准合同纠纷', 'civil', 4, 5],
      ['婚姻家庭纠纷', '2025-2-2', 2, '婚姻家庭、继承纠纷', 'civil', 1, 2],
    ]);
  });

  it('gives the articles view its disputes column and filters any view with --dispute', async () => {
    const articles = await rows(['articles']);
    expect(articles.map((r) => r.disputes)).toEqual([
      [], [], [], [],
      ['买卖合同纠纷'],
      ['抚养纠纷', '离婚纠纷', '执行实施'],
      ['买卖合同纠纷', '执行实施'],
      ['民间借贷纠纷', '买卖合同纠纷', '执行完毕', '终结本次执行程序', '执行和解'],
      ['金融借款合同纠纷'],
    ]);
    expect((await rows(['articles', '--dispute', '合同纠纷'])).map((r) => r.index)).toEqual([5, 7, 8, 9]);
    expect((await rows(['articles', '--dispute', '抚养权纠纷'])).map((r) => r.index)).toEqual([6]);
    expect((await rows(['disputes', '--dispute', '民间借贷纠纷', '--family', 'civil'])).map((r) => [r.cause, r.articles])).toEqual([
      ['买卖合同纠纷', 1],
      ['民间借贷纠纷', 1],
    ]);
  });

  it('prints Chinese labels', async () => {
    const run = await runCli(['disputes', '-f', 'tsv', '--header', 'labels', '--lang', 'zh']);
    expect(run.stdout.split('\n')[0]).toBe('案由\t编号\t层级\t上级\t类别\t文章\t提及');
  });
});

describe('bulletin disputes usage errors', () => {
  it('rejects an unknown edition, role, level, family or dispute name with exit 2 and one line', async () => {
    expect(await runCli(['disputes', '--edition', '1999'])).toEqual({ code: 2, stdout: '', stderr: 'bulletin: unknown edition 1999 (available: 2025)\n' });
    expect(await runCli(['disputes', '--roles', 'case,judge'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bulletin: --roles takes a comma list of case, organization, generic (got case,judge)\n',
    });
    expect(await runCli(['articles', '--dispute', '吵架纠纷'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bulletin: unknown dispute type: 吵架纠纷 (give an official cause, charge or kind name)\n',
    });
    for (const argv of [['disputes', '--level', '5'], ['disputes', '--family', 'tax']]) {
      const run = await runCli(argv);
      expect(run.code).toBe(2);
      expect(run.stderr.split('\n')).toHaveLength(2);
    }
  });
});
