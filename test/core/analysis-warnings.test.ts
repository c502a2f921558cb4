import { describe, expect, it } from 'vitest';
import { analysisWarnings } from '../../src/core/analysis-warnings.js';
import { analysePages } from '../helpers/analysed.js';

// Pages written for this test: one names a bare 达旗 (two banners), one a city that does not exist.
describe('analysisWarnings', () => {
  it('names ambiguous and unresolved places with where they stand', () => {
    const corpus = analysePages({ 'a.txt': '达旗讯 达旗人民法院召开会议。', 'b.txt': '赤峰讯 原告系中宁市居民。' });
    expect(analysisWarnings(corpus)).toEqual(['2 place names left ambiguous: 达旗 (a.txt #1), 达旗 (a.txt #1)', '1 place name matches no current unit: 中宁市 (b.txt #1)']);
  });

  it('speaks Chinese when asked', () => {
    const corpus = analysePages({ 'a.txt': '达旗讯 达旗人民法院召开会议。', 'b.txt': '赤峰讯 原告系中宁市居民。' });
    expect(analysisWarnings(corpus, 'zh')).toEqual(['2 个地名仍有歧义：达旗（a.txt #1）、达旗（a.txt #1）', '1 个地名无对应的现行区划：中宁市（b.txt #1）']);
  });

  it('says nothing when every place resolved', () => {
    expect(analysisWarnings(analysePages({ 'a.txt': '包头讯 包头市达茂旗人民法院召开会议。' }))).toEqual([]);
  });
});
