// Sentences written by us in the style of court news.
import { describe, expect, it } from 'vitest';
import { scanClaims } from '../../../src/core/disputes/claims.js';
import { MODEL, scanned } from '../../helpers/disputes.js';

describe('scanClaims', () => {
  it('reads a stem of four characters or more right after a suit or claim verb, past 判令 and the party', () => {
    expect(scanned('务工人员多次讨要无果，遂起诉追索劳动报酬。', scanClaims)).toEqual([['起诉追索劳动报酬', '追索劳动报酬纠纷']]);
    expect(scanned('原告起诉要求被告排除妨害、恢复原状。', scanClaims)).toEqual([['起诉要求被告排除妨害', '排除妨害纠纷']]);
    expect(scanned('原告请求法院判令被告返还原物。', scanClaims)).toEqual([['请求法院判令被告返还原物', '返还原物纠纷']]);
  });

  it('reads a stem opening a later item of the claim, and the first claim only', () => {
    expect(scanned('刘某将邻居诉至法院，要求其拆除违章搭建物、排除妨害。', scanClaims)).toEqual([['排除妨害', '排除妨害纠纷']]);
  });

  it('reads a sum named by what it pays for through the unlisted rules', () => {
    const read = (text: string) => scanClaims(text, MODEL).map((c) => [text.slice(c.start, c.end), c.node?.name ?? null, c.mapped]);
    expect(read('原告汪某起诉要求被告支付拖欠的运输费4.5万元。')).toEqual([['支付拖欠的运输费', '运输合同纠纷', true]]);
    expect(read('某中介公司诉至法院，要求王某支付中介费1.5万元。')).toEqual([['支付中介费', '中介合同纠纷', true]]);
    expect(read('原告请求法院判决被告每月支付孩子抚养费1500元。')).toEqual([['支付孩子抚养费', '抚养费纠纷', false]]);
  });

  it('reads nothing outside a suit, for short or everyday words, and for sums that name no contract', () => {
    expect(scanned('他向法院申请强制执行，并要求对方支付服务费。', scanClaims)).toEqual([]);
    expect(scanned('王某起诉要求离婚。原告要求被告赔偿经济损失3万元。', scanClaims)).toEqual([]);
    expect(scanned('原告要求被告支付违约金2万元，并退还学费、医疗费。', scanClaims)).toEqual([]);
    expect(scanned('法官到场调解，被告当场支付了工资。', scanClaims)).toEqual([]);
  });
});
