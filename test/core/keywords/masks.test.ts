import { describe, expect, it } from 'vitest';
import { bylineNames, nameSpans, overlapsAny, placeholderSpans } from '../../../src/core/keywords/masks.js';

const texts = (text: string): string[] => placeholderSpans(text).map((s) => text.slice(s.start, s.end));

describe('placeholderSpans', () => {
  // Sentences written by us in the manner of court news.
  it('finds runs of 某 and lettered organisations', () => {
    expect(texts('原告张某某与被告李某、某公司及甲公司、乙公司、A公司纠纷')).toEqual(['某某', '某', '某', '甲公司', '乙公司', 'A公司']);
  });

  it('leaves contract parties and ordinary words alone', () => {
    expect(texts('甲方与乙方签订合同，公司负责人到庭')).toEqual([]);
  });
});

describe('bylineNames', () => {
  it('splits names and ignores credits and one-character pieces', () => {
    expect(bylineNames('关清 马喜莲')).toEqual(['关清', '马喜莲']);
    expect(bylineNames('固阳县人民法院供稿')).toEqual([]);
    expect(bylineNames('雨')).toEqual([]);
    expect(bylineNames(null)).toEqual([]);
  });
});

describe('nameSpans and overlapsAny', () => {
  it('finds every occurrence and tests overlap of half-open ranges', () => {
    const spans = nameSpans('关清说，关清和马喜莲', ['关清', '马喜莲']);
    expect(spans).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 6 },
      { start: 7, end: 10 },
    ]);
    expect(overlapsAny(1, 3, spans)).toBe(true);
    expect(overlapsAny(2, 4, spans)).toBe(false);
  });
});
