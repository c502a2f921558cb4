import { describe, expect, it } from 'vitest';
import { disputeOfAmount, hasAttributionSource, regionOfAmount, toNormalOffset, UNATTRIBUTED, type DisputeAnchor } from '../../../src/core/amounts/attribution.js';
import { splitLines } from '../../../src/core/lines.js';
import { normaliseLines } from '../../../src/core/normalise.js';

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

describe('regions and wiring', () => {
  it('uses the article’s primary region', () => {
    expect(regionOfAmount({ name: '包头市' })).toBe('包头市');
    expect(regionOfAmount(null)).toBe(UNATTRIBUTED);
    expect(regionOfAmount(undefined)).toBe(UNATTRIBUTED);
  });

  it('knows whether the articles carry a source', () => {
    expect(hasAttributionSource([{}, {}], 'region')).toBe(false);
    expect(hasAttributionSource([{ amountRegion: null }, { amountRegion: { name: '包头市' } }], 'region')).toBe(true);
    expect(hasAttributionSource([{ amountRegion: null }], 'dispute')).toBe(false);
    expect(hasAttributionSource([{ amountDisputes: [] }], 'dispute')).toBe(true);
  });
});

describe('toNormalOffset', () => {
  it('maps a source offset to the normalised text, across joined layout breaks', () => {
    const source = '一起买卖合\n同纠纷案件，\n支付货款 5万元。';
    const normal = normaliseLines(source, splitLines(source));
    expect(normal.text).toBe('一起买卖合同纠纷案件，支付货款5万元。');
    expect(toNormalOffset(normal.offsets, source.indexOf('买卖'))).toBe(normal.text.indexOf('买卖'));
    expect(toNormalOffset(normal.offsets, source.indexOf('同纠纷'))).toBe(normal.text.indexOf('同纠纷'));
    expect(toNormalOffset(normal.offsets, source.indexOf('5万元'))).toBe(normal.text.indexOf('5万元'));
    expect(toNormalOffset(normal.offsets, source.indexOf(' 5万元'))).toBe(normal.text.indexOf('5万元'));
    expect(toNormalOffset(normal.offsets, source.length + 5)).toBe(normal.text.length);
  });
});
