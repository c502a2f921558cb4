import { describe, expect, it } from 'vitest';
import { amountAnchors, disputeOfAmount, regionOfAmount, UNATTRIBUTED, type DisputeAnchor } from '../../../src/core/amounts/attribution.js';
import type { DisputeMention } from '../../../src/core/disputes/mention.js';
import type { RegionPlace } from '../../../src/core/regions/region-types.js';

// A hand-made article body in normalised form: paragraphs separated by \n.
const TEXT = '该院审结一起民间借贷纠纷，判决被告偿还借款20万元。\n另一起买卖合同纠纷中，被告支付货款3万元。\n两案共涉及23万元。';
const at = (needle: string): number => TEXT.indexOf(needle);
const anchor = (cause: string, role = 'case'): DisputeAnchor => ({ start: at(cause), cause, role });

describe('disputeOfAmount', () => {
  const both = [anchor('民间借贷纠纷'), anchor('买卖合同纠纷')];

  it('takes the case mention nearest before the amount in its paragraph', () => {
    expect(disputeOfAmount(TEXT, at('20万元'), both)).toBe('民间借贷纠纷');
    expect(disputeOfAmount(TEXT, at('3万元'), both)).toBe('买卖合同纠纷');
  });

  it('falls back to the article’s only case dispute, else (unattributed)', () => {
    expect(disputeOfAmount(TEXT, at('23万元'), both)).toBe(UNATTRIBUTED);
    expect(disputeOfAmount(TEXT, at('23万元'), [anchor('买卖合同纠纷'), { start: at('买卖合同纠纷') + 2, cause: '买卖合同纠纷', role: 'case' }])).toBe('买卖合同纠纷');
    expect(disputeOfAmount(TEXT, at('23万元'), [])).toBe(UNATTRIBUTED);
  });

  it('ignores mentions that are not cases and mentions after the amount', () => {
    expect(disputeOfAmount(TEXT, at('20万元'), [anchor('民间借贷纠纷', 'generic'), anchor('买卖合同纠纷')])).toBe('买卖合同纠纷');
    expect(disputeOfAmount(TEXT, at('3万元'), [anchor('民间借贷纠纷'), { start: at('23万元') - 1, cause: '离婚纠纷', role: 'case' }])).toBe(UNATTRIBUTED);
  });
});

describe('regions and disputes of amounts', () => {
  // A primary region as the resolver gives it: a town of 察哈尔右翼中旗.
  const kebuer: RegionPlace = { code: '150927100', name: '科布尔镇', level: 'town', town: '科布尔镇', county: '察哈尔右翼中旗', city: '乌兰察布市', province: '内蒙古自治区', within: [], names: [] };

  it('uses the article’s primary region at the level asked for', () => {
    expect(regionOfAmount(kebuer, 'city')).toBe('乌兰察布市');
    expect(regionOfAmount(kebuer, 'town')).toBe('科布尔镇');
    expect(regionOfAmount({ ...kebuer, level: 'city', town: null, county: null }, 'county')).toBe(UNATTRIBUTED);
    expect(regionOfAmount(null, 'city')).toBe(UNATTRIBUTED);
  });

  it('leaves enforcement kinds out of the disputes amounts can belong to', () => {
    const mention = (cause: string, family: DisputeMention['family']) => ({ cause, family }) as DisputeMention;
    expect(amountAnchors([mention('执行实施', 'enforcement'), mention('买卖合同纠纷', 'civil'), mention('盗窃罪', 'criminal')]).map((m) => m.cause)).toEqual(['买卖合同纠纷', '盗窃罪']);
  });
});
