import { describe, expect, it } from 'vitest';
import { MODEL } from '../../helpers/disputes.js';

describe('the bundled 2025 dispute model', () => {
  it('resolves every row of every table', () => {
    expect(MODEL.warnings).toEqual([]);
  });

  it('holds all four families', () => {
    const count = (family: string, level?: number) => MODEL.taxonomy.nodes.filter((n) => n.family === family && (level === undefined || n.level === level)).length;
    expect([1, 2, 3, 4].map((level) => count('civil', level))).toEqual([12, 59, 514, 470]);
    expect([count('criminal', 1), count('criminal', 2)]).toEqual([10, 483]);
    expect([count('enforcement'), count('administrative')]).toEqual([9, 12]);
  });

  it('maps aliases, former charge names and short forms to official nodes', () => {
    const cause = (surface: string) => MODEL.names.map.get(surface)?.node?.name ?? null;
    expect(['抚养权纠纷', '金融借贷纠纷', '离婚案件', '偷税罪', '拒执罪', '终本案件', '征收补偿决定', '嫖宿幼女罪', '矛盾纠纷', '行政诉讼'].map(cause)).toEqual([
      '抚养纠纷', '金融借款合同纠纷', '离婚纠纷', '逃税罪', '拒不执行判决、裁定罪', '终结本次执行程序', '行政征收', null, null, '行政案件',
    ]);
    expect(MODEL.names.map.get('生命权身体权健康权纠纷')?.node?.name).toBe('生命权、身体权、健康权纠纷');
  });

  it('keeps a name used at two levels as the deeper node', () => {
    expect(MODEL.names.map.get('人格权纠纷')?.node?.id).toBe('2025-1-1');
  });

  it('derives stems for lists and case nouns', () => {
    const stem = (s: string) => (MODEL.stems.map.get(s) ?? []).map((e) => `${e.family}:${e.node?.name ?? '(none)'}`);
    expect(stem('民间借贷')).toEqual(['civil:民间借贷纠纷']);
    expect(stem('劳动争议')).toEqual(['civil:劳动争议']);
    expect(stem('盗窃')).toEqual(['criminal:盗窃罪']);
    expect(stem('执行异议')).toEqual(['enforcement:执行异议']);
    expect(stem('刑事')).toEqual(['criminal:(none)']);
    expect(stem('买')).toEqual([]);
  });

  it('derives weak stems without 合同 or 责任, apart from the stems', () => {
    const weak = (s: string) => (MODEL.weakStems.map.get(s) ?? []).map((e) => e.node?.name ?? '(none)');
    expect(['物业服务', '房屋租赁', '医疗损害', '买卖', '合同', '民间借贷'].map(weak)).toEqual([
      ['物业服务合同纠纷'], ['房屋租赁合同纠纷'], ['医疗损害责任纠纷'], ['买卖合同纠纷'], [], [],
    ]);
  });

  it('puts the claim verbs of phrasing.json in place of {claim}', () => {
    const pattern = MODEL.verbSuits.find((suit) => suit.node.name === '确认合同无效纠纷')?.pattern.source ?? '';
    expect(pattern.startsWith('(?:要求|请求|诉请|追索|追讨|讨要|索要|主张)确认')).toBe(true);
  });
});
