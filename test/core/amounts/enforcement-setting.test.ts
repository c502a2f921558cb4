import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../src/core/amounts/find-amounts.js';
import { RULES } from './rules.js';

/** Every amount in `text`, as `written yuan kind`. */
function read(text: string): string[] {
  return findAmounts(text, RULES).map((found) => `${text.slice(found.start, found.end)} ${found.vague ? 'vague' : (found.fen as number) / 100} ${found.kind}`);
}

// Sentences written for these tests, imitating court news about enforcement and the dealings
// behind it (not copied from any source).
describe('money paid in during enforcement', () => {
  it('reads money sent into the court’s account as 执行款', () => {
    expect(read('经执行干警释法说理，被执行人表示愿意配合，三天后将剩余的18.7万元汇入法院账户。')).toEqual(['18.7万元 187000 执行款']);
    expect(read('执行干警找到被执行人后，其当天把4.5万元打入法院账户。')).toEqual(['4.5万元 45000 执行款']);
    expect(read('在执行法官的督促下，被执行人的妻子代其向法院账户存入6000元。')).toEqual(['6000元 6000 执行款']);
  });

  it('reads nothing into a transfer outside enforcement', () => {
    expect(read('离婚诉讼前，王某将公司账户内的资金转入其母亲名下账户，共计36万元。')).toEqual(['36万元 360000 其他']);
    expect(read('原告称其于2022年3月将5万元汇入被告指定账户，被告则称该款系归还欠款。')).toEqual(['5万元 50000 其他']);
  });

  it('keeps a sum only promised as still owed', () => {
    expect(read('执行中，被执行人承认尚欠8万元，承诺剩余8万元下月转入法院账户。')).toEqual(['8万元 80000 欠款', '8万元 80000 欠款']);
  });
});

describe('the setting a sentence takes from the story before it', () => {
  it('reads a payment in the dealings behind an enforced case as settling that debt', () => {
    expect(
      read('近日，某法院执结一起买卖合同纠纷案。2021年，某茶叶公司向王某购买茶叶，茶款共计26.5万元。茶叶公司支付7万元后，余款迟迟未付。'),
    ).toEqual(['26.5万元 265000 货款', '7万元 70000 货款']);
    expect(read('该院日前执结一起民间借贷纠纷。2020年，李某向张某借款15万元。此后，李某陆续偿还4万元，便再未还款。')).toEqual([
      '15万元 150000 借款',
      '4万元 40000 借款',
    ]);
  });

  it('goes back to enforcement once the story reaches it again', () => {
    expect(
      read('某茶叶公司拖欠王某茶款19.5万元。判决生效后，茶叶公司未履行，王某申请强制执行。执行干警多次联系该公司负责人。该公司负责人当场支付10万元。'),
    ).toEqual(['19.5万元 195000 货款', '10万元 100000 执行款']);
  });

  it('keeps enforcement across sentences that tell of no debt', () => {
    expect(read('执行干警找到被执行人李某。李某当场支付3000元。')).toEqual(['3000元 3000 执行款']);
    expect(read('执行中，法官查明被执行人尚欠货款8万元。经教育，被执行人当场支付3万元。')).toEqual(['8万元 80000 货款', '3万元 30000 执行款']);
  });
});
