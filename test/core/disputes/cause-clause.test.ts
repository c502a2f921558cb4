// Sentences written by us in the style of court news.
import { describe, expect, it } from 'vitest';
import { scanCauseClauses } from '../../../src/core/disputes/cause-clause.js';
import { scanned } from '../../helpers/disputes.js';

describe('scanCauseClauses', () => {
  it('reads X纠纷 from 因X发生纠纷 and its variants', () => {
    expect(scanned('王某与李某因民间借贷发生纠纷，诉至法院。', scanCauseClauses)).toEqual([['民间借贷发生纠纷', '民间借贷纠纷']]);
    expect(scanned('双方因车辆租赁合同产生了纠纷。', scanCauseClauses)).toEqual([['车辆租赁合同产生了纠纷', '车辆租赁合同纠纷']]);
    expect(scanned('两家因宅基地使用权问题引发争议。', scanCauseClauses)).toEqual([['宅基地使用权问题引发争议', '宅基地使用权纠纷']]);
  });

  it('reads 因X引发的纠纷 and strips filler words from X', () => {
    expect(scanned('本案是一起因相邻通行引发的纠纷。', scanCauseClauses)).toEqual([['相邻通行引发的纠纷', '相邻通行纠纷']]);
    expect(scanned('双方因房屋买卖合同履行问题发生纠纷。', scanCauseClauses)).toEqual([['房屋买卖合同履行问题发生纠纷', '房屋买卖合同纠纷']]);
    expect(scanned('庞某与前夫因孩子抚养权归属产生争议。', scanCauseClauses)).toEqual([['抚养权归属产生争议', '抚养纠纷']]);
  });

  it('reads X up to the other party in 因X与Y发生纠纷, and keeps 合同 whole', () => {
    expect(scanned('陈某因修理合同与汽修厂发生纠纷。', scanCauseClauses)).toEqual([['修理合同与汽修厂发生纠纷', '修理合同纠纷']]);
  });

  it('maps X by rule or rewrite, past payment words such as 结算 and 支付', () => {
    expect(scanned('施工方因工程款结算问题与发包方产生纠纷。', scanCauseClauses)).toEqual([['工程款结算问题与发包方产生纠纷', '建设工程合同纠纷']]);
    expect(scanned('双方因房屋租赁发生纠纷。', scanCauseClauses)).toEqual([['房屋租赁发生纠纷', '房屋租赁合同纠纷']]);
    expect(scanned('两家公司因货款结算问题发生纠纷。', scanCauseClauses)).toEqual([['货款结算问题发生纠纷', '买卖合同纠纷']]);
    expect(scanned('李某与某物流公司因运输费用结算问题发生纠纷。', scanCauseClauses)).toEqual([['运输费用结算问题发生纠纷', '运输合同纠纷']]);
    expect(scanned('两家企业因设备采购款支付产生矛盾。', scanCauseClauses)).toEqual([['采购款支付产生矛盾', '买卖合同纠纷']]);
  });

  it('reports X that names a legal relation but no cause as a case with no cause', () => {
    expect(scanned('赣州一起因鱼塘承包引发的纠纷在村部开庭。', scanCauseClauses)).toEqual([['鱼塘承包引发的纠纷', null]]);
    expect(scanned('两户村民因田埂界线产生矛盾。', scanCauseClauses)).toEqual([['田埂界线产生矛盾', null]]);
    expect(scanned('原被告因门店转让发生纠纷。', scanCauseClauses)).toEqual([['门店转让发生纠纷', null]]);
  });

  it('takes 由于, 就 and 因为 as openers, 因X对簿公堂 as a suit over X, and a series word before the head', () => {
    expect(scanned('双方就房屋买卖事宜发生争议，买方诉至法院。', scanCauseClauses)).toEqual([['房屋买卖事宜发生争议', '房屋买卖合同纠纷']]);
    expect(scanned('由于物业费问题，业主与物业公司产生纠纷。', scanCauseClauses)).toEqual([]);
    expect(scanned('由于物业费问题产生纠纷。', scanCauseClauses)).toEqual([['物业费问题产生纠纷', '物业服务合同纠纷']]);
    expect(scanned('因为房屋买卖发生纠纷。', scanCauseClauses)).toEqual([['房屋买卖发生纠纷', '房屋买卖合同纠纷']]);
    expect(scanned('兄妹三人因父亲遗产继承问题对簿公堂。', scanCauseClauses)).toEqual([['遗产继承问题对簿公堂', '继承纠纷']]);
    expect(scanned('该院集中调处因讨要工钱引发的系列纠纷。', scanCauseClauses)).toEqual([['工钱引发的系列纠纷', '追索劳动报酬纠纷']]);
  });

  it('gives nothing when X names no cause and no legal relation, or no opener opens the clause', () => {
    expect(scanned('刘某因琐事与邻居发生纠纷，持棍将对方打伤。', scanCauseClauses)).toEqual([]);
    expect(scanned('两人因感情不和产生矛盾，因此发生纠纷。', scanCauseClauses)).toEqual([]);
    expect(scanned('双方就赔偿数额发生争议。因债务产生纠纷。', scanCauseClauses)).toEqual([]);
    expect(scanned('买卖合同履行中发生纠纷。', scanCauseClauses)).toEqual([]);
    expect(scanned('两人因协商未果诉至法院。', scanCauseClauses)).toEqual([]);
  });
});
