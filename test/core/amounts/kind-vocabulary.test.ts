import { describe, expect, it } from 'vitest';
import { kinds } from './rules.js';

// Sentences written for these tests, imitating court-news phrasing (not copied from any source);
// one group per cause the held-out findings named (M1, M2, M5, M6, M7).
describe('kind vocabulary', () => {
  it('reads purchase and sale prices, unit prices and the price of named goods as 货款', () => {
    expect(kinds('李某在网店花1680元买下一部二手手机，收货后发现屏幕碎裂。')).toEqual(['1680元 货款']);
    expect(kinds('收购商以每公斤3.6元的价格向果农收购苹果。')).toEqual(['3.6元 货款']);
    expect(kinds('原告张某将自家一辆旧货车以8.5万元卖给被告，被告付款5万元后便不再支付。')).toEqual(['8.5万元 货款', '5万元 货款']);
    expect(kinds('法院判令收购商于十日内支付拖欠的葡萄款6.2万元。')).toEqual(['6.2万元 货款']);
    expect(kinds('经调解，被告当场付清拖欠一年多的羊款4.3万元。')).toEqual(['4.3万元 货款']);
  });

  it('lets a named fee outrank 拖欠, and keeps the sum after it in the same sentence', () => {
    expect(kinds('32户居民拖欠2023年度物业费共计4.1万元，平均每户1200余元。')).toEqual(['4.1万元 其他', '1200余元 其他']);
    expect(kinds('被告经营奶茶店两年，拖欠原告品牌加盟费5万元。')).toEqual(['5万元 其他']);
    expect(kinds('被告驾车致原告受伤，法院判令其赔偿交通费860元。')).toEqual(['860元 赔偿']);
  });

  it('reads the value involved in a crime as 标的', () => {
    expect(kinds('该案涉案流水金额达260余万元，经查证属实的被骗资金为38.6万元。')).toEqual(['260余万元 标的', '38.6万元 标的']);
    expect(kinds('民警从其住处查获赃款7.2万元。')).toEqual(['7.2万元 标的']);
  });

  it('does not carry a fine over to confiscated income', () => {
    expect(kinds('判处被告人有期徒刑一年，并处罚金人民币五千元，没收违法所得3600元。')).toEqual(['人民币五千元 罚款', '3600元 其他']);
  });

  it('reads ecological restoration as damages and compensation for land taken as 其他', () => {
    expect(kinds('被告被判令承担生态环境修复费用120万元。')).toEqual(['120万元 赔偿']);
    expect(kinds('法院判令被告在指定水域增殖放流价值2.4万元的鱼苗。')).toEqual(['2.4万元 赔偿']);
    expect(kinds('被告将村民的征地补偿款8万元挪作他用。')).toEqual(['8万元 其他']);
  });

  it('does not read 费 inside 消费者 as a fee', () => {
    expect(kinds('法院判决商家退还货款，并赔偿消费者3000元。')).toEqual(['3000元 赔偿']);
  });
});
