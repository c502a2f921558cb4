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
  });

  it('reads X up to the other party in 因X与Y发生纠纷, and keeps 合同 whole', () => {
    expect(scanned('陈某因修理合同与汽修厂发生纠纷。', scanCauseClauses)).toEqual([['修理合同与汽修厂发生纠纷', '修理合同纠纷']]);
  });

  it('maps X by rule or rewrite', () => {
    expect(scanned('施工方因工程款结算问题与发包方产生纠纷。', scanCauseClauses)).toEqual([['工程款结算问题与发包方产生纠纷', '建设工程合同纠纷']]);
    expect(scanned('双方因房屋租赁发生纠纷。', scanCauseClauses)).toEqual([['房屋租赁发生纠纷', '房屋租赁合同纠纷']]);
    expect(scanned('两家公司因货款结算问题发生纠纷。', scanCauseClauses)).toEqual([['货款结算问题发生纠纷', '买卖合同纠纷']]);
  });

  it('gives nothing when X names no cause or no 因 opens the clause', () => {
    expect(scanned('刘某因琐事与邻居发生纠纷，持棍将对方打伤。', scanCauseClauses)).toEqual([]);
    expect(scanned('买卖合同履行中发生纠纷。', scanCauseClauses)).toEqual([]);
  });
});
