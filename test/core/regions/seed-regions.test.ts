import { describe, expect, it } from 'vitest';
import { analyseText, brief } from '../../helpers/regions.js';
import { SEED_TEXT } from '../../helpers/seed.js';

describe('regions of the bundled page', () => {
  const articles = analyseText(SEED_TEXT, '2023-12-nmg-court-news-page.txt');

  it('places each of the 9 articles in its county and city', () => {
    expect(articles.map((a) => a.primaryRegion?.county)).toEqual([
      '回民区',
      '察哈尔右翼中旗',
      '新巴尔虎左旗',
      '扎赉诺尔区',
      '达尔罕茂明安联合旗',
      '鄂托克旗',
      '和林格尔县',
      '固阳县',
      '科尔沁区',
    ]);
    expect(articles.map((a) => a.primaryRegion?.city)).toEqual([
      '呼和浩特市',
      '乌兰察布市',
      '呼伦贝尔市',
      '呼伦贝尔市',
      '包头市',
      '鄂尔多斯市',
      '呼和浩特市',
      '包头市',
      '通辽市',
    ]);
  });

  it('reads the datelines 城关 and 金山 as the towns of 和林格尔县 and 固阳县, not 上海市金山区', () => {
    expect(articles[6]?.regions[0]).toMatchObject({ text: '城关', code: '150123100', name: '城关镇', county: '和林格尔县', role: 'dateline' });
    expect(articles[7]?.regions[0]).toMatchObject({ text: '金山', code: '150222102', name: '金山镇', county: '固阳县', role: 'dateline' });
  });

  it('keeps 宁夏 海原县 in article 6 as mentions, and reports 中宁市 unresolved', () => {
    expect(articles[5]?.regions.map(brief)).toEqual([
      '鄂尔多斯市 150600 court',
      '鄂托克旗 150624 court',
      '宁夏回族自治区 640000 mention',
      '中宁市 unresolved mention',
      '海原县 640522 mention',
      '鄂托克旗 150624 court',
      '海原县 640522 mention',
      '海原县 640522 court',
    ]);
    expect(articles[5]?.primaryRegion?.code).toBe('150624');
  });

  it('finds no place in people’s names (马德安) and keeps the wrapped 新巴尔\\n虎左旗 whole', () => {
    expect(articles[0]?.regions.map((m) => m.text)).toEqual(['呼和浩特', '呼和浩特市', '回民区', '回民区', '回民区', '回民区', '回民区']);
    expect(articles[2]?.regions.map(brief)).toEqual(['阿木古郎 150726102 dateline', '呼伦贝尔市 150700 court', '新巴尔虎左旗 150726 court', '新左旗 150726 mention']);
  });
});
