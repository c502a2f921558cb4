import { describe, expect, it } from 'vitest';
import { mapByRewrite, mapByRule } from '../../../src/core/disputes/unlisted-mapping.js';
import { MODEL } from '../../helpers/disputes.js';

const rule = (phrase: string) => {
  const found = mapByRule(phrase, MODEL);
  return found ? [found.node.name, found.length] : null;
};

describe('unlisted-phrase rules', () => {
  it('maps each rule of the table', () => {
    expect(
      ['草场承包经营权纠纷', '房屋装修纠纷', '宅基地纠纷', '雇员受害赔偿纠纷', '网购纠纷', '遗产纠纷', '工程款结算纠纷', '车辆保险理赔纠纷', '车险纠纷', '知识产权纠纷', '劳动人事争议', '物业管理纠纷', '道路交通事故纠纷', '非机动车交通事故纠纷', '医疗纠纷', '借贷纠纷', '欠薪纠纷', '拖欠工资纠纷', '产品质量纠纷', '农村土地承包合同纠纷', '供暖纠纷', '电费纠纷', '水费纠纷', '燃气费纠纷', '交通事故责任纠纷', '健康权纠纷', '身体权、健康权纠纷'].map(
        (p) => mapByRule(p, MODEL)?.node.name,
      ),
    ).toEqual([
      '土地承包经营权纠纷', '装饰装修合同纠纷', '宅基地使用权纠纷', '提供劳务者受害责任纠纷', '信息网络买卖合同纠纷', '继承纠纷', '建设工程合同纠纷', '财产保险合同纠纷', '财产保险合同纠纷', '知识产权与竞争纠纷', '劳动争议、人事争议、新就业形态用工纠纷', '物业服务合同纠纷', '机动车交通事故责任纠纷', '非机动车交通事故责任纠纷', '医疗损害责任纠纷', '借款合同纠纷', '追索劳动报酬纠纷', '追索劳动报酬纠纷', '产品责任纠纷', '土地承包经营权合同纠纷', '供用热力合同纠纷', '供用电合同纠纷', '供用水合同纠纷', '供用气合同纠纷', '机动车交通事故责任纠纷', '生命权、身体权、健康权纠纷', '生命权、身体权、健康权纠纷',
    ]);
  });

  it('matches at the end of the phrase only, the longest rule winning', () => {
    expect(rule('两户牧民的草场纠纷')).toEqual(['土地承包经营权纠纷', 4]);
    expect(rule('非机动车交通事故纠纷')).toEqual(['非机动车交通事故责任纠纷', 10]);
    expect(rule('医疗纠纷调解')).toBeNull();
    expect(rule('彩礼纠纷')).toBeNull();
  });
});

describe('unlisted-phrase rewrites', () => {
  it('adds 合同 or reads 协议 as 合同 when an official name results', () => {
    expect(['房屋租赁纠纷', '合伙协议纠纷', '二手车买卖纠纷', '中介纠纷'].map((p) => mapByRewrite(p, MODEL)?.name)).toEqual([
      '房屋租赁合同纠纷', '合伙合同纠纷', '买卖合同纠纷', '中介合同纠纷',
    ]);
  });

  it('keeps at least two of the phrase’s own characters', () => {
    expect(['彩礼纠纷', '土地纠纷', '网络侵权纠纷', '债务纠纷', '纠纷'].map((p) => mapByRewrite(p, MODEL)?.name ?? null)).toEqual([null, null, null, null, null]);
  });
});
