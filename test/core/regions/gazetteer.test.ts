import { describe, expect, it } from 'vitest';
import { Gazetteer, parseUnits } from '../../../src/core/regions/gazetteer.js';
import { loadRegionData } from '../../../src/io/load-region-data.js';

describe('the generated gazetteer (src/data/gazetteer/units.tsv)', () => {
  const { gazetteer } = loadRegionData();
  const count = (level: string): number => [...gazetteer.units()].filter((unit) => unit.level === level).length;

  it('holds every 2023 unit from province to town, without placeholder prefectures', () => {
    expect([count('province'), count('city'), count('county'), count('town')]).toEqual([31, 333, 2974, 41352]);
    expect([...gazetteer.units()].some((unit) => ['市辖区', '县', '省直辖县级行政区划'].includes(unit.name))).toBe(false);
  });

  it('chains a town to its banner, league and region, with padded codes and short forms', () => {
    expect(gazetteer.ancestors('150927103').map((unit) => `${unit.code} ${unit.name} ${unit.level}`)).toEqual([
      '150927103 科布尔镇 town',
      '150927 察哈尔右翼中旗 county',
      '150900 乌兰察布市 city',
      '150000 内蒙古自治区 province',
    ]);
    expect(gazetteer.unit('150223').aliases).toEqual(['达茂旗', '达茂', '达旗']);
  });

  it('hangs counties of placeholder prefectures from the province, and towns of 东莞 from the city', () => {
    expect(gazetteer.unit('110105').parent).toBe('110000');
    expect(gazetteer.unit('429004').parent).toBe('420000');
    expect(gazetteer.unit('441900').level).toBe('city');
    expect(gazetteer.unit('441900003').parent).toBe('441900');
    expect(gazetteer.get('620201')).toBeUndefined();
  });

  it('gives a unit its city: the prefecture, the municipality, or a province-governed county itself', () => {
    expect(gazetteer.unitAt('150222102', 'city')?.name).toBe('包头市');
    expect(gazetteer.unitAt('110105', 'city')?.name).toBe('北京市');
    expect(gazetteer.unitAt('110000', 'city')?.name).toBe('北京市');
    expect(gazetteer.unitAt('429004', 'city')?.name).toBe('仙桃市');
    expect(gazetteer.unitAt('150000', 'city')).toBeNull();
    expect(gazetteer.unitAt('150200', 'county')).toBeNull();
  });

  it('finds the smallest unit two places share', () => {
    expect(gazetteer.commonAncestor('150521100', '150521102')?.name).toBe('科尔沁左翼中旗');
    expect(gazetteer.commonAncestor('150123100', '150124100')?.name).toBe('呼和浩特市');
    expect(gazetteer.commonAncestor('150222102', '310116')).toBeNull();
  });
});

describe('parseUnits', () => {
  it('reads rows and refuses a file with another header', () => {
    const units = parseUnits('code\tname\tlevel\tparent\taliases\n150000\t内蒙古自治区\tprovince\t\t内蒙古|内蒙\n150200\t包头市\tcity\t150000\t包头\n');
    expect(units).toEqual([
      { code: '150000', name: '内蒙古自治区', level: 'province', parent: null, aliases: ['内蒙古', '内蒙'] },
      { code: '150200', name: '包头市', level: 'city', parent: '150000', aliases: ['包头'] },
    ]);
    expect(new Gazetteer(units).placeOf('150200')).toMatchObject({ city: '包头市', province: '内蒙古自治区', county: null, within: ['150200', '150000'] });
    expect(() => parseUnits('code\tname\n')).toThrow(/unexpected header/);
  });
});
