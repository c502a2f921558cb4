// Sentences written by us in the style of court news.
import { describe, expect, it } from 'vitest';
import { scanCaseNouns } from '../../../src/core/disputes/case-nouns.js';
import { MODEL, scanned } from '../../helpers/disputes.js';

describe('scanCaseNouns', () => {
  it('reads stems before 案件, 类案件 and 案', () => {
    expect(scanned('今年审结民间借贷案件三百件，劳动争议类案件九十件。', scanCaseNouns)).toEqual([
      ['民间借贷案件', '民间借贷纠纷'],
      ['劳动争议类案件', '劳动争议'],
    ]);
    expect(scanned('法院公开宣判一起电信网络诈骗案。', scanCaseNouns)).toEqual([['诈骗案', '诈骗罪']]);
    expect(scanned('该院对执行异议案件实行专人审查。', scanCaseNouns)).toEqual([['执行异议案件', '执行异议']]);
    expect(scanned('涉老年人赡养类纠纷逐年增多，此类纠纷多在诉前化解。', scanCaseNouns)).toEqual([['赡养类纠纷', '赡养纠纷']]);
    expect(scanned('法院对62件物业费系列案件集中宣判。', scanCaseNouns)).toEqual([['物业费系列案件', '物业服务合同纠纷']]);
  });

  it('reads a criminal stem before 犯罪, 犯罪案件 and 刑事附带民事公益诉讼, and nothing else there', () => {
    expect(scanned('依法严惩危险驾驶等犯罪。公开宣判一起拒执犯罪案件。', scanCaseNouns)).toEqual([
      ['危险驾驶等犯罪', '危险驾驶罪'],
      ['拒执犯罪案件', '拒不执行判决、裁定罪'],
    ]);
    expect(scanned('该院审结一起非法捕捞水产品刑事附带民事公益诉讼案。', scanCaseNouns)).toEqual([['非法捕捞水产品', '非法捕捞水产品罪']]);
    expect(scanned('法院审理一起盗窃刑事附带民事诉讼案件。', scanCaseNouns)).toEqual([['盗窃', '盗窃罪']]);
    expect(scanned('追缴盗窃犯罪所得，预防未成年人犯罪，打击经济犯罪。', scanCaseNouns)).toEqual([]);
  });

  it('maps words that are no stem by the unlisted rules', () => {
    const mapped = (text: string) => scanCaseNouns(text, MODEL).map((c) => [text.slice(c.start, c.end), c.node?.name ?? null, c.mapped]);
    expect(mapped('全市法院受理各类欠薪案件1200余件。')).toEqual([['欠薪案件', '追索劳动报酬纠纷', true]]);
    expect(mapped('开展涉农民工工资案件集中兑付。')).toEqual([['工资案件', '追索劳动报酬纠纷', true]]);
    expect(mapped('对一起拖欠货款案件的被执行人采取强制措施。')).toEqual([['拖欠货款案件', '买卖合同纠纷', true]]);
    expect(mapped('法官审结一起房屋租赁案件。')).toEqual([['房屋租赁案件', '房屋租赁合同纠纷', true]]);
  });

  it('skips 案由, 案款, 案例, case nouns after no stem, and rewrites that leave words unread', () => {
    expect(scanned('法官释明了民间借贷案由，并发放盗窃案款，编发离婚案例。', scanCaseNouns)).toEqual([]);
    expect(scanned('本案审理中，该院对上诉案件、涉企案件实行繁简分流。', scanCaseNouns)).toEqual([['涉企案件', null]]);
    expect(scanned('法官们切实保证案件质效。该院深化诉讼服务案件繁简分流。审结一审案件5300件。', scanCaseNouns)).toEqual([]);
  });
});
