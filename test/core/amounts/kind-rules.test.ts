import { describe, expect, it } from 'vitest';
import type { AmountKind } from '../../../src/core/amounts/amount-kind.js';
import { classifyKind, type PreviousAmount } from '../../../src/core/amounts/kind-rules.js';
import { kinds, RULES } from './rules.js';

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

  it('lets a word naming the money outrank a verb of paying or owing in the clause', () => {
    expect(kind('被告至今拖欠原告2023年度房租24000元。', '24000元')).toBe('其他');
    expect(kind('经调解，被告同意支付原告8000元违约金。', '8000元')).toBe('赔偿');
    expect(kind('执行中，被执行人当场给付6000元医疗费。', '6000元')).toBe('赔偿');
    expect(kind('执行干警当场扣划被执行人存款3万元。', '3万元')).toBe('执行款');
  });

  it('does not read a verb after the sum: a sum only promised is not paid', () => {
    expect(kind('被执行人当场表示愿意履行，剩余2.6万元于半月内付清。', '2.6万元')).toBe('欠款');
    expect(kind('执行中，被执行人表示1.5万元将于月底前付清。', '1.5万元')).toBe('其他');
  });

  it('reads payments in enforcement as 执行款, also under 执行和解 and when an earlier sentence names it', () => {
    expect(kinds('孙某主动联系法院，与申请执行人达成执行和解，分三次向申请执行人付清18万元。')).toEqual(['18万元 执行款']);
    expect(kinds('执行干警在村委会找到了被执行人王某。经过释法说理，王某当场支付3000元。')).toEqual(['3000元 执行款']);
  });

  it('gives a payment outside enforcement the kind of the debt the story named', () => {
    expect(kinds('某服装厂拖欠42名工人工资共计9万元。经调解员耐心调解，厂方当场支付6万元，余款3万元承诺于月底前结清。')).toEqual([
      '9万元 工资',
      '6万元 工资',
      '3万元 工资',
    ]);
    expect(kinds('工人们到法院讨要被拖欠的劳务费。经诉前调解，总包单位同意代为支付，当天即向32名工人兑付28.5万元。')).toEqual(['28.5万元 工资']);
    expect(kinds('被告人以介绍工作为名骗取被害人钱款5万元。案发后，公安机关追回3万余元。')).toEqual(['5万元 标的', '3万余元 标的']);
    expect(kinds('被告向原告借款后，至今尚欠3万元未还。')).toEqual(['3万元 借款']);
    expect(kinds('经调解，被告当场支付原告3万元。')).toEqual(['3万元 其他']);
    expect(kinds('本案受理费2300元，由被告支付1800元。')).toEqual(['2300元 诉讼费', '1800元 诉讼费']);
  });

  it('ignores cue words inside words that mean something else', () => {
    expect(kinds('该公司拖欠原告工程款。公司执行董事王某到庭后，当场支付3万元。')).toEqual(['3万元 其他']);
    expect(kinds('执行干警借助网络查控系统查到其名下存款3万元。')).toEqual(['3万元 其他']);
  });
});
