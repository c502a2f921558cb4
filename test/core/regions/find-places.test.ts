import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/core/regions/find-places.js';
import { loadRegionData } from '../../../src/io/load-region-data.js';

// Sentences written for these tests, imitating court news.
const data = loadRegionData();
const found = (text: string, dateline = false): string[] =>
  findPlaces(text, data, { dateline }).map((token) => `${token.text}${token.wrongSuffix ? '!' : ''}:${token.entries.map((entry) => entry.code).sort().join('|')}`);

describe('findPlaces', () => {
  it('splits a qualified name into one token per unit, by longest match', () => {
    expect(found('包头市达茂旗人民法院')).toEqual(['包头市:150200', '达茂旗:150223']);
    expect(found('呼和浩特市和林格尔县人民法院')).toEqual(['呼和浩特市:150100', '和林格尔县:150123']);
  });

  it('never reads a court word as a place, though 人民 begins town names', () => {
    expect(found('最高人民法院和全区人民法院')).toEqual([]);
  });

  it('reads bare town stems only in a dateline or before a court suffix', () => {
    expect(found('舍伯吐法庭')).toEqual(['舍伯吐:150521102']);
    expect(found('舍伯吐地区')).toEqual([]);
    expect(found('科布尔', true)).toEqual(['科布尔:150927103']);
  });

  it('marks a stem with a suffix that makes no unit, instead of reading the county', () => {
    expect(found('宁夏中宁市人')).toEqual(['宁夏:640000', '中宁市!:640521']);
    expect(found('中宁县城')).toEqual(['中宁县:640521']);
    expect(found('中宁市场')).toEqual(['中宁:640521']);
  });

  it('skips words that only contain a place name', () => {
    expect(found('北京时间8时，绿水青山就是金山银山')).toEqual([]);
    expect(found('北京市')).toEqual(['北京市:110000']);
  });

  it('gives up a short form for a full name that starts inside it and runs past it', () => {
    expect(found('记者从江西省高级人民法院了解到')).toEqual(['江西省:360000']);
    expect(found('他位于都匀市的店铺')).toEqual(['都匀市:522701']);
    expect(found('从江县人民法院')).toEqual(['从江县:522633']);
    expect(found('贵州从江的村民')).toEqual(['贵州:520000', '从江:522633']);
  });
});
