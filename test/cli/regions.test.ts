import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

interface Json {
  view: string;
  columns: { key: string; type: string }[];
  rows: Record<string, unknown>[];
  meta: Record<string, unknown>;
}

const json = async (argv: string[]): Promise<Json> => {
  const run = await runCli([...argv, '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Json;
};

describe('bulletin regions', () => {
  it('counts the bundled page’s articles and mentions by city by default', async () => {
    const view = await json(['regions']);
    expect(view.view).toBe('regions');
    expect(view.rows.map((r) => [r.region, r.code, r.level, r.parent, r.articles, r.mentions])).toEqual([
      ['包头市', '150200', 'city', '内蒙古自治区', 2, 8],
      ['呼伦贝尔市', '150700', 'city', '内蒙古自治区', 2, 7],
      ['呼和浩特市', '150100', 'city', '内蒙古自治区', 2, 12],
      ['乌兰察布市', '150900', 'city', '内蒙古自治区', 1, 4],
      ['通辽市', '150500', 'city', '内蒙古自治区', 1, 14],
      ['鄂尔多斯市', '150600', 'city', '内蒙古自治区', 1, 3],
      ['中卫市', '640500', 'city', '宁夏回族自治区', 0, 3],
    ]);
    expect(view.meta).toMatchObject({ level: 'city', articles: 9, articlesWithoutRegion: 0, mentions: 53, unresolvedMentions: 1, ambiguousMentions: 0 });
  });

  it('counts by county with --level county', async () => {
    const view = await json(['regions', '--level', 'county']);
    expect(view.rows.filter((r) => r.articles === 1).map((r) => r.region)).toEqual([
      '和林格尔县', '回民区', '固阳县', '察哈尔右翼中旗', '扎赉诺尔区', '新巴尔虎左旗', '科尔沁区', '达尔罕茂明安联合旗', '鄂托克旗',
    ]);
  });

  it('lists every mention with --detail, text as written across the line break', async () => {
    const view = await json(['regions', '--detail']);
    expect(view.view).toBe('region-mentions');
    expect(view.columns.find((c) => c.key === 'candidates')?.type).toBe('list');
    expect(view.rows.find((r) => r.text === '新巴尔虎左旗')).toMatchObject({ article: 3, name: '新巴尔虎左旗', code: '150726', role: 'court', offset: 889, end: 896 });
    expect(view.rows.find((r) => r.text === '中宁市')).toMatchObject({ code: null, name: null, status: 'unresolved', candidates: ['640521 中卫市中宁县'] });
  });

  it('filters any view with --region by full name, short form or code', async () => {
    const articles = await json(['articles', '--region', '包头']);
    expect(articles.rows.map((r) => [r.index, r.region])).toEqual([[5, '百灵庙镇'], [8, '金山镇']]);
    expect((await json(['articles', '--region', '150900'])).rows.map((r) => r.index)).toEqual([2]);
    const counties = await json(['regions', '--level', 'county', '--region', '呼和浩特市']);
    expect(counties.rows.filter((r) => r.articles !== 0).map((r) => r.region)).toEqual(['和林格尔县', '回民区']);
  });

  it('rejects an unknown region or level as a usage error', async () => {
    expect(await runCli(['regions', '--region', '亚特兰蒂斯'])).toMatchObject({ code: 2, stdout: '' });
    expect((await runCli(['regions', '--region', '亚特兰蒂斯'])).stderr).toMatch(/^bulletin: unknown region: 亚特兰蒂斯 .*\n$/);
    expect((await runCli(['regions', '--level', 'village'])).code).toBe(2);
  });
});
