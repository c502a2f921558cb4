import { describe, expect, it } from 'vitest';
import type { AmountKind } from '../../../src/core/amounts/amount-kind.js';
import { classifyKind, type PreviousAmount } from '../../../src/core/amounts/kind-rules.js';
import { RULES } from './rules.js';

/** The kind of `amount` where it first occurs in `text` (sentences imitate court news). */
function kind(text: string, amount: string, previous: PreviousAmount | null = null): AmountKind {
  const start = text.indexOf(amount);
  return classifyKind(text, { start, end: start + amount.length }, previous, RULES);
}

describe('classifyKind', () => {
  it('takes the nearest cue before the amount in its clause, the longest at equal distance', () => {
    expect(kind('判决被告向原告支付货款201820元及利息。', '201820元')).toBe('货款');
    expect(kind('被告拖欠分包人工程款326000元。', '326000元')).toBe('其他');
    expect(kind('执行标的15万，被执行人', '15万')).toBe('标的');
    expect(kind('执行到位金额56.93万元，', '56.93万元')).toBe('执行款');
    expect(kind('法院判决被告按价款十倍赔偿原告125元。', '125元')).toBe('赔偿');
    expect(kind('被告人盗窃电动车一辆，价值3000元许。', '3000元许')).toBe('标的');
  });

  it('falls back to the cue right after the amount in its clause', () => {
    expect(kind('案件涉及上百万元工程款。', '上百万元')).toBe('其他');
    expect(kind('被告每月仅支付数百元抚养费。', '数百元')).toBe('抚养费');
    expect(kind('被告背负百万欠款。', '百万')).toBe('欠款');
  });

  it('prefers the cue after in the clause to a cue in an earlier clause', () => {
    expect(kind('被告借款不还，另有1200元的利息未付。', '1200元')).toBe('其他');
  });

  it('counts payment verbs as 执行款 only in a sentence about enforcement', () => {
    expect(kind('被执行人赵某某的儿子当场给付6000元。', '6000元')).toBe('执行款');
    expect(kind('执行中，被执行人偿还了3万元。', '3万元')).toBe('执行款');
    expect(kind('法院判令被告偿还原告3万元。', '3万元')).toBe('欠款');
    expect(kind('经调解，被告当庭支付原告3万元。', '3万元')).toBe('其他');
  });

  it('shares the kind of the previous amount in the sentence when nothing else says', () => {
    const text = '本案受理费2300，由原告负担300，被告负担2000。';
    expect(kind(text, '300，', { end: text.indexOf('，'), kind: '诉讼费' })).toBe('诉讼费');
    expect(kind('他付了300元。', '300元', null)).toBe('其他');
  });

  it('does not reach back past the previous amount in the same sentence', () => {
    const text = '偿还借款本金2万余元，另有1200元左右的利息未付。';
    expect(kind(text, '1200元左右', { end: text.indexOf('，'), kind: '借款' })).toBe('其他');
  });
});
