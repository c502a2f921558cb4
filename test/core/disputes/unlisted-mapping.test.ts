// Phrases written by us in the style of court news.
import { describe, expect, it } from 'vitest';
import { mapByRewrite, mapByRule } from '../../../src/core/disputes/unlisted-mapping.js';
import { MODEL } from '../../helpers/disputes.js';

const rule = (phrase: string) => {
  const found = mapByRule(phrase, MODEL);
  return found ? [found.node.name, found.length] : null;
};
const rewrite = (phrase: string) => {
  const found = mapByRewrite(phrase, MODEL);
  return found ? [found.node.name, found.length] : null;
};

describe('unlisted-phrase rules', () => {
  it('maps each rule of the table', () => {
    expect(
      ['草场承包经营权纠纷', '房屋装修纠纷', '宅基地纠纷', '雇员受害赔偿纠纷', '网购纠纷', '遗产纠纷', '工程款结算纠纷', '车辆保险理赔纠纷', '车险纠纷', '公众责任保险理赔纠纷', '知识产权纠纷', '劳动人事争议', '物业管理纠纷', '道路交通事故纠纷', '非机动车交通事故纠纷', '医疗纠纷', '借贷纠纷', '欠薪纠纷', '拖欠工资纠纷', '产品质量纠纷', '农村土地承包合同纠纷', '供暖纠纷', '电费纠纷', '水费纠纷', '燃气费纠纷', '交通事故责任纠纷', '健康权纠纷', '身体权、健康权纠纷'].map(
        (p) => mapByRule(p, MODEL)?.node.name,
      ),
    ).toEqual([
      '土地承包经营权纠纷', '装饰装修合同纠纷', '宅基地使用权纠纷', '提供劳务者受害责任纠纷', '信息网络买卖合同纠纷', '继承纠纷', '建设工程合同纠纷', '财产保险合同纠纷', '财产保险合同纠纷', '责任保险合同纠纷', '知识产权与竞争纠纷', '劳动争议、人事争议、新就业形态用工纠纷', '物业服务合同纠纷', '机动车交通事故责任纠纷', '非机动车交通事故责任纠纷', '医疗损害责任纠纷', '借款合同纠纷', '追索劳动报酬纠纷', '追索劳动报酬纠纷', '产品责任纠纷', '土地承包经营权合同纠纷', '供用热力合同纠纷', '供用电合同纠纷', '供用水合同纠纷', '供用气合同纠纷', '机动车交通事故责任纠纷', '生命权、身体权、健康权纠纷', '生命权、身体权、健康权纠纷',
    ]);
  });

  it('maps the rules for land, buildings, goods, pay and loans', () => {
    expect(
      ['林地承包纠纷', '耕地承包经营纠纷', '宅基地边界纠纷', '装修款纠纷', '拖欠工钱纠纷', '劳动报酬纠纷', '医疗损害纠纷', '拖欠货款纠纷', '水果收购纠纷', '门面房租赁纠纷', '厂房出租纠纷', '房租纠纷', '租金纠纷', '银行贷款纠纷', '婚姻纠纷', '股权收购纠纷', '社保待遇纠纷'].map((p) => mapByRule(p, MODEL)?.node.name),
    ).toEqual([
      '土地承包经营权纠纷', '土地承包经营权纠纷', '宅基地使用权纠纷', '装饰装修合同纠纷', '追索劳动报酬纠纷', '追索劳动报酬纠纷', '医疗损害责任纠纷', '买卖合同纠纷', '买卖合同纠纷', '房屋租赁合同纠纷', '房屋租赁合同纠纷', '房屋租赁合同纠纷', '租赁合同纠纷', '借款合同纠纷', '婚姻家庭纠纷', '股权转让纠纷', '社会保险纠纷',
    ]);
  });

  it('leaves plantations, shop transfers, stalls and share deals outside the land, building and goods rules', () => {
    expect(['橡胶林承包纠纷', '果园承包纠纷', '店铺转让纠纷', '摊位租赁纠纷', '车位租赁纠纷'].map((p) => mapByRule(p, MODEL)?.node.name ?? null)).toEqual([null, null, null, null, null]);
    expect(rule('股权收购纠纷')).toEqual(['股权转让纠纷', 6]);
    expect(rule('公司收购纠纷')).toBeNull();
  });

  it('matches at the end of the phrase only, the longest rule winning', () => {
    expect(rule('两户牧民的草场承包纠纷')).toEqual(['土地承包经营权纠纷', 6]);
    expect(rule('非机动车交通事故纠纷')).toEqual(['非机动车交通事故责任纠纷', 10]);
    expect(rule('医疗纠纷调解')).toBeNull();
    expect(rule('彩礼纠纷')).toBeNull();
  });

  it('reads a phrase with 合同 or 协议 before its head without it when a contract cause results', () => {
    expect(rule('网络购物合同纠纷')).toEqual(['信息网络买卖合同纠纷', 8]);
    expect(rule('桃子收购协议纠纷')).toEqual(['买卖合同纠纷', 6]);
    expect(rule('物业管理合同纠纷')).toEqual(['物业服务合同纠纷', 8]);
    expect(rule('交通事故协议纠纷')).toBeNull();
  });
});

describe('unlisted-phrase rules for neighbours, purchases, contracting fees and meals', () => {
  it('reads water, passage, light and air between neighbours as the 相邻 causes', () => {
    expect(['排水纠纷', '屋檐滴水纠纷', '雨水沟纠纷', '相邻通行纠纷', '过道纠纷', '采光纠纷', '日照纠纷', '通风纠纷'].map((p) => mapByRule(p, MODEL)?.node.name)).toEqual([
      '相邻用水、排水纠纷', '相邻用水、排水纠纷', '相邻用水、排水纠纷', '相邻通行纠纷', '相邻通行纠纷', '相邻采光、日照纠纷', '相邻采光、日照纠纷', '相邻通风纠纷',
    ]);
  });

  it('leaves fees for water and roads to other rules', () => {
    expect(rule('排水费纠纷')).toEqual(['供用水合同纠纷', 4]);
    expect(rule('通行费纠纷')).toBeNull();
  });

  it('reads a verb of buying or selling before the goods as a sale', () => {
    expect(['收购柑橘纠纷', '采购一批钢材纠纷', '赊销化肥纠纷', '购买二手挖掘机纠纷'].map((p) => mapByRule(p, MODEL)?.node.name)).toEqual(['买卖合同纠纷', '买卖合同纠纷', '买卖合同纠纷', '买卖合同纠纷']);
  });

  it('keeps buildings, land, shares, insurance, services, commissions and clauses out of the purchase rule', () => {
    expect(['购买商品房纠纷', '出售宅基地纠纷', '收购股权纠纷', '购买保险纠纷', '购买理财产品纠纷', '购买培训课程纠纷', '销售提成纠纷', '销售合同纠纷', '销售过程中发生的纠纷', '购买后引发的纠纷'].map((p) => mapByRule(p, MODEL)?.node.name ?? null)).toEqual([
      null, '宅基地使用权纠纷', null, null, null, null, null, null, null, null,
    ]);
  });

  it('reads a contracting fee for trees, ponds and orchards as the trade’s contracting contract, and the bare contracting as no rule', () => {
    expect(['毛竹林承包费纠纷', '山林承包金纠纷', '鱼塘承包费纠纷', '水库承包费纠纷', '茶园承包费纠纷'].map((p) => mapByRule(p, MODEL)?.node.name)).toEqual([
      '林业承包合同纠纷', '林业承包合同纠纷', '渔业承包合同纠纷', '渔业承包合同纠纷', '农业承包合同纠纷',
    ]);
    expect(['橡胶林承包纠纷', '鱼塘承包纠纷', '果园承包纠纷'].map((p) => mapByRule(p, MODEL)?.node.name ?? null)).toEqual([null, null, null]);
  });

  it('reads meals eaten at a restaurant as 餐饮服务合同纠纷, but not seafood or catering alone', () => {
    expect(['海鲜消费纠纷', '就餐纠纷', '餐饮服务纠纷', '火锅消费纠纷'].map((p) => mapByRule(p, MODEL)?.node.name)).toEqual(['餐饮服务合同纠纷', '餐饮服务合同纠纷', '餐饮服务合同纠纷', '餐饮服务合同纠纷']);
    expect(['海鲜纠纷', '餐饮纠纷'].map((p) => mapByRule(p, MODEL)?.node.name ?? null)).toEqual([null, null]);
  });

  it('leaves a bare 草场纠纷 unlisted: a contract right, a boundary or a neighbour', () => {
    expect(rule('草场纠纷')).toBeNull();
    expect(rule('草原承包纠纷')).toEqual(['土地承包经营权纠纷', 6]);
  });
});

describe('unlisted-phrase rewrites', () => {
  it('adds 合同 or reads 协议 as 合同 when an official name results', () => {
    expect(['房屋租赁纠纷', '合伙协议纠纷', '二手车买卖纠纷', '中介纠纷'].map((p) => mapByRewrite(p, MODEL)?.node.name)).toEqual([
      '房屋租赁合同纠纷', '合伙合同纠纷', '买卖合同纠纷', '中介合同纠纷',
    ]);
  });

  it('reads a sum as the contract it pays for, and gives the characters it read', () => {
    expect(rewrite('股权转让款纠纷')).toEqual(['股权转让纠纷', 7]);
    expect(rewrite('运输费用纠纷')).toEqual(['运输合同纠纷', 6]);
    expect(rewrite('中介费纠纷')).toEqual(['中介合同纠纷', 5]);
    expect(rewrite('门面房租赁纠纷')).toEqual(['租赁合同纠纷', 4]);
  });

  it('lets a rule read the rewritten phrase', () => {
    expect(rewrite('设备采购款纠纷')).toEqual(['买卖合同纠纷', 5]);
  });

  it('keeps at least two of the phrase’s own characters', () => {
    expect(['彩礼纠纷', '土地纠纷', '网络侵权纠纷', '债务纠纷', '纠纷', '律师费纠纷', '赔偿款纠纷'].map((p) => mapByRewrite(p, MODEL)?.node.name ?? null)).toEqual([null, null, null, null, null, null, null]);
  });
});
