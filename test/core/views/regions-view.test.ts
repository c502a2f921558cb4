import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../../src/core/corpus.js';
import { applyFilter } from '../../../src/core/filter.js';
import { buildRegionMentionsView } from '../../../src/core/views/region-mentions-view.js';
import { buildRegionsView } from '../../../src/core/views/regions-view.js';
import { loadAnalysisData } from '../../../src/io/analysis-data.js';
import { loadRegionData } from '../../../src/io/load-region-data.js';

// A hand-made two-page corpus imitating court news.
const corpus = analyseCorpus(
  [
    '百灵庙讯 达茂旗人民法院审结一起买卖合同纠纷。（王明）\n\n金山讯 包头市固阳县人民法院开展集中执行。（李华）\n',
    '本报北京电 北京市朝阳区人民法院发布典型案例，被告系内蒙古自治区人。（赵亮）\n\n本报讯 全区法院召开执行工作会议。（孙伟）\n',
  ].map((text, i) => ({ path: `page-${i + 1}.txt`, encoding: 'utf-8' as const, text, bytes: 0 })),
  loadAnalysisData(),
);
const { gazetteer } = loadRegionData();

describe('buildRegionsView', () => {
  it('counts articles by primary region and every mention inside each unit of the level', () => {
    const view = buildRegionsView(corpus, { level: 'city', lang: 'en', gazetteer });
    expect(view.columns.map((c) => c.key)).toEqual(['region', 'code', 'level', 'parent', 'articles', 'mentions']);
    expect(view.rows).toEqual([
      { region: '包头市', code: '150200', level: 'city', parent: '内蒙古自治区', articles: 2, mentions: 5 },
      { region: '北京市', code: '110000', level: 'province', parent: null, articles: 1, mentions: 3 },
    ]);
    expect(view.meta).toMatchObject({ level: 'city', articles: 4, articlesWithoutRegion: 1, articlesAboveLevel: 0, mentions: 9 });
  });

  it('rolls towns up to their county, and leaves articles placed above the level to meta', () => {
    const counties = buildRegionsView(corpus, { level: 'county', lang: 'zh', gazetteer });
    expect(counties.title).toBe('地区');
    expect(counties.rows.map((r) => [r.region, r.parent, r.articles, r.mentions])).toEqual([
      ['固阳县', '包头市', 1, 2],
      ['朝阳区', '北京市', 1, 1],
      ['达尔罕茂明安联合旗', '包头市', 1, 2],
    ]);
    const towns = buildRegionsView(corpus, { level: 'town', lang: 'en', gazetteer });
    expect(towns.rows.map((r) => r.region)).toEqual(['百灵庙镇', '金山镇']);
    expect(towns.meta).toMatchObject({ articlesAboveLevel: 1, articlesWithoutRegion: 1 });
  });
});

describe('buildRegionMentionsView', () => {
  it('lists every mention with its source span, chain, role and candidates', () => {
    const view = buildRegionMentionsView(corpus, 'en', gazetteer);
    expect(view.columns.map((c) => c.key)).toEqual([
      'file', 'article', 'text', 'name', 'code', 'level', 'county', 'city', 'province', 'role', 'offset', 'end', 'status', 'candidates',
    ]);
    expect(view.rows[0]).toEqual({
      file: 'page-1.txt', article: 1, text: '百灵庙', name: '百灵庙镇', code: '150223104', level: 'town',
      county: '达尔罕茂明安联合旗', city: '包头市', province: '内蒙古自治区', role: 'dateline', offset: 0, end: 3, status: 'resolved', candidates: [],
    });
    expect(view.rows.map((r) => `${r.file}#${r.article} ${r.text}`)).toEqual([
      'page-1.txt#1 百灵庙', 'page-1.txt#1 达茂旗', 'page-1.txt#2 金山', 'page-1.txt#2 包头市', 'page-1.txt#2 固阳县',
      'page-2.txt#1 北京', 'page-2.txt#1 北京市', 'page-2.txt#1 朝阳区', 'page-2.txt#1 内蒙古自治区',
    ]);
  });

  it('names the candidates of an ambiguous mention with their parents', () => {
    const open = analyseCorpus([{ path: 'a.txt', encoding: 'utf-8', text: '达旗讯 达旗人民法院召开会议。', bytes: 0 }], loadAnalysisData());
    expect(buildRegionMentionsView(open, 'en', gazetteer).rows[0]).toMatchObject({
      code: null, status: 'ambiguous', candidates: ['150223 包头市达尔罕茂明安联合旗', '150621 鄂尔多斯市达拉特旗'],
    });
  });
});

describe('the region filter', () => {
  it('keeps articles whose primary region is the unit named or lies in it, by full name, short form or code', () => {
    const files = (region: string): string[] => applyFilter(corpus, { region }).articles.map((a) => `${a.file}#${a.index}`);
    expect(files('包头市')).toEqual(['page-1.txt#1', 'page-1.txt#2']);
    expect(files('包头')).toEqual(['page-1.txt#1', 'page-1.txt#2']);
    expect(files('达茂旗')).toEqual(['page-1.txt#1']);
    expect(files('150222')).toEqual(['page-1.txt#2']);
    expect(files('北京')).toEqual(['page-2.txt#1']);
    expect(files('鄂尔多斯')).toEqual([]);
  });
});
