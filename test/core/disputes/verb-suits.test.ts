// Sentences written by us in the style of court news.
import { describe, expect, it } from 'vitest';
import { scanVerbSuits } from '../../../src/core/disputes/verb-suits.js';
import { scanned } from '../../helpers/disputes.js';

describe('scanVerbSuits', () => {
  it('reads suits named by their verb', () => {
    expect(scanned('妻子向法院起诉离婚。', scanVerbSuits)).toEqual([['起诉离婚', '离婚纠纷']]);
    expect(scanned('母亲将父亲诉至法院，要求其每月支付抚养费一千元。', scanVerbSuits)).toEqual([['要求其每月支付抚养费', '抚养费纠纷']]);
    expect(scanned('老人起诉要求子女履行赡养义务。', scanVerbSuits)).toEqual([['要求子女履行赡养义务', '赡养纠纷']]);
  });

  it('counts a claim only near a suit verb in its sentence, before or after it', () => {
    expect(scanned('原告以被告侵犯其名誉权为由诉至法院。', scanVerbSuits)).toEqual([['侵犯其名誉权', '名誉权纠纷']]);
    expect(scanned('他向法院申请强制执行，并要求对方支付抚养费。', scanVerbSuits)).toEqual([['申请强制执行', '执行实施']]);
    expect(scanned('她多次要求离婚。', scanVerbSuits)).toEqual([]);
    expect(scanned('王某起诉了。次日又要求离婚。', scanVerbSuits)).toEqual([]);
  });

  it('reads a claim named as a kind of case anywhere (found on held-out set 5)', () => {
    expect(scanned('该院对老人追索赡养费的案件一律快立快审。', scanVerbSuits)).toEqual([['追索赡养费', '赡养费纠纷']]);
    expect(scanned('今年要求支付抚养费案件明显增多。', scanVerbSuits)).toEqual([['要求支付抚养费', '抚养费纠纷']]);
  });

  it('reads enforcement applications but not the party label 申请执行人', () => {
    expect(scanned('债权人申请恢复执行。申请执行人张某到场。案外人提出执行异议。', scanVerbSuits)).toEqual([
      ['申请恢复执行', '恢复执行'],
      ['提出执行异议', '执行异议'],
    ]);
    expect(scanned('被执行人不服执行裁定，申请复议。王某对行政决定申请复议。', scanVerbSuits)).toEqual([['申请复议', '执行复议']]);
  });

  it('reads objections to enforcement and challenges to administrative acts', () => {
    expect(scanned('当事人对执行行为提出书面异议。', scanVerbSuits)).toEqual([['对执行行为提出书面异议', '执行异议']]);
    expect(scanned('原告不服被告作出的行政处罚，提起诉讼。市场监管局对该公司处以行政处罚。', scanVerbSuits)).toEqual([['不服被告作出的行政处罚', '行政处罚']]);
  });

  it('takes every claim verb of phrasing.json where a row says {claim}', () => {
    expect(scanned('原告起诉追讨拖欠的工钱。', scanVerbSuits)).toEqual([['追讨拖欠的工钱', '追索劳动报酬纠纷']]);
    expect(scanned('韩某向法院起诉，要求解除婚姻关系。', scanVerbSuits)).toEqual([['要求解除婚姻关系', '离婚纠纷']]);
    expect(scanned('原告起诉请求确认双方签订的合同无效。', scanVerbSuits)).toEqual([['请求确认双方签订的合同无效', '确认合同无效纠纷']]);
    expect(scanned('韦某诉至法院，请求分割父母留下的遗产。', scanVerbSuits)).toEqual([['请求分割父母留下的遗产', '继承纠纷']]);
  });

  it('counts a claim in a sentence that speaks of a party or claim of a suit, or whose claim verb is a suit verb', () => {
    expect(scanned('原告请求判令被告返还借款本金20万元。', scanVerbSuits)).toEqual([['请求判令被告返还借款', '借款合同纠纷']]);
    expect(scanned('某公司诉请被告支付货款及利息。', scanVerbSuits)).toEqual([['诉请被告支付货款', '买卖合同纠纷']]);
    expect(scanned('对方多次要求其支付货款。', scanVerbSuits)).toEqual([]);
  });
});

describe('scanVerbSuits on administrative claims (found on held-out set 7)', () => {
  it('reads a suit to cancel a registration as 行政登记', () => {
    expect(scanned('王某起诉要求撤销该不动产登记。', scanVerbSuits)).toEqual([['要求撤销该不动产登记', '行政登记']]);
  });
});
