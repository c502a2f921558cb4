import { describe, expect, it } from 'vitest';
import { kinds } from './rules.js';

// Sentences written for these tests, imitating court news (not copied from any source); each
// group's rows of kind-cues.tsv or goods.txt were found on held-out set 3.
describe('named values and debts', () => {
  it('reads the value of goods a violation concerns (货值) as 标的', () => {
    expect(kinds('该批次茶叶货值金额达19万元，均已被依法扣押。')).toEqual(['19万元 标的']);
    expect(kinds('执法人员查明，涉案化妆品货值金额不足五千元。')).toEqual(['不足五千元 标的']);
  });

  it('reads what a defaulter has still not paid as 欠款, not money enforced', () => {
    expect(kinds('被执行人：某建材公司，案号（2024）某0102执321号，未履行金额：56,800元。')).toEqual(['56,800元 欠款']);
  });

  it('reads penalty interest and a reward for information as 其他', () => {
    expect(kinds('经法院调解，银行同意减免罚息3.6万元，借款人分期归还本金。')).toEqual(['3.6万元 其他']);
    expect(kinds('凡提供被执行人财产线索并协助执行到位的，按到位金额的5%给予奖励，最高不超过2万元。')).toEqual(['不超过2万元 其他']);
  });

  it('reads a market price, and the price of fresh tea leaves, as 货款', () => {
    expect(kinds('据了解，当地一头成年肉牛市价约1.6万元。')).toEqual(['约1.6万元 货款']);
    expect(kinds('合作社拖欠茶农鲜叶款共计26万元。')).toEqual(['26万元 货款']);
  });
});

// Sentences written for these tests; the words were found on held-out set 4.
describe('claims in a bankruptcy, restoration costs, awards and money moved in a crime', () => {
  it('reads a worker’s claim as pay, an ordinary claim as a debt and a tax claim as other', () => {
    expect(kinds('重整计划规定，职工债权620万元、税款债权80万元优先清偿，普通债权10万元以下部分全额清偿。')).toEqual(['620万元 工资', '80万元 其他', '10万元以下 欠款']);
  });

  it('reads restoration costs, awards and repair bills as damages', () => {
    expect(kinds('被告人还须承担土地复垦费用3.2万元。')).toEqual(['3.2万元 赔偿']);
    expect(kinds('该院全年知识产权案件判赔金额2600万元。')).toEqual(['2600万元 赔偿']);
    expect(kinds('车门被砸坏，维修花费4100元。')).toEqual(['4100元 赔偿']);
  });

  it('reads money that passed through an account in a crime as the value at stake', () => {
    expect(kinds('经查，涉案银行卡流入流出资金120万余元。')).toEqual(['120万余元 标的']);
  });
});

// Sentences written for these tests; the words were found on held-out sets 4 and 5, whose writers
// both labelled insurance payouts 其他 and auction prices 货款.
describe('insurance money, severance, closing prices and enforcement totals', () => {
  it('reads what an insurer pays under its policy, and severance, as other', () => {
    expect(kinds('经调解，保险公司赔付9.8万元。')).toEqual(['9.8万元 其他']);
    expect(kinds('法院判令保险公司在限额内支付保险金6万元。')).toEqual(['6万元 其他']);
    expect(kinds('公司应支付王某经济补偿金1.8万元。')).toEqual(['1.8万元 其他']);
  });

  it('keeps a loss an insurer is ordered to make good as damages', () => {
    expect(kinds('判决保险公司在交强险限额内赔偿原告各项损失5万元。')).toEqual(['5万元 赔偿']);
  });

  it('reads a closing price as a price, in enforcement too, and other sale and debt words', () => {
    expect(kinds('法院依法拍卖被执行人名下的厂房，以420万元成交。')).toEqual(['420万元 货款']);
    expect(kinds('今年秋天，他的木耳卖得12万元。')).toEqual(['12万元 货款']);
    expect(kinds('保证人已代偿8.6万元。')).toEqual(['8.6万元 欠款']);
  });

  it('reads 获赔 as damages and 到位 in enforcement as money collected', () => {
    expect(kinds('经调解，受害群众获赔总额260万元。')).toEqual(['260万元 赔偿']);
    expect(kinds('一季度共恢复执行案件85件，到位3200万元。')).toEqual(['3200万元 执行款']);
  });
});

// Sentences written for these tests; the words were found on held-out set 6 (measured blind first).
describe('appraisal fees, insurance limits, environmental costs, auction prices and measured values', () => {
  it('reads an appraisal fee as other and an insurer paying within a limit as insurance money', () => {
    expect(kinds('保险公司在交强险限额内赔付12万元，伤残鉴定费1800元由被告负担。')).toEqual(['12万元 其他', '1800元 其他']);
  });

  it('reads the costs of handling environmental harm as damages and auction valuations as prices', () => {
    expect(kinds('判令被告承担应急处置费用21万元及代履行费用3万元。')).toEqual(['21万元 赔偿', '3万元 赔偿']);
    expect(kinds('厂房评估价300万元，起拍价为210万元。')).toEqual(['300万元 货款', '210万元 货款']);
  });

  it('finds no sum in a measured value', () => {
    expect(kinds('经检测，废水pH值为2.1。')).toEqual([]);
  });
});

// Sentences written for these tests; the words were found on held-out set 7 (measured blind first).
describe('estate values, piece rates, wages without 元, returned loot and card flows', () => {
  it('reads what a thing is worth as other, and a piece rate in a wage story as pay', () => {
    expect(kinds('老人留下一套住房，评估价值36万元。')).toEqual(['36万元 其他']);
    expect(kinds('该案系劳动争议。双方约定每公斤采摘费1.8元。')).toEqual(['1.8元 工资']);
  });

  it('finds wages without 元 and reads returned loot as damages and card flows as the value at stake', () => {
    expect(kinds('今年为农民工追回劳动报酬310余万。')).toEqual(['310余万 工资']);
    expect(kinds('被告人家属代为退赃52万元，卡内流水共计180万余元。')).toEqual(['52万元 赔偿', '180万余元 标的']);
  });
});
