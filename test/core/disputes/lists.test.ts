// Sentences written by us in the style of court news.
import { describe, expect, it } from 'vitest';
import { scanLists } from '../../../src/core/disputes/lists.js';
import { scanned } from '../../helpers/disputes.js';

describe('scanLists', () => {
  it('reads each stem of an anchored list', () => {
    expect(scanned('该庭受理的案件以民间借贷、买卖合同、物业服务合同等为主。', scanLists)).toEqual([
      ['民间借贷', '民间借贷纠纷'],
      ['买卖合同', '买卖合同纠纷'],
      ['物业服务合同', '物业服务合同纠纷'],
    ]);
    expect(scanned('离婚、同居关系和抚养费纠纷多发。', scanLists)).toEqual([
      ['离婚', '离婚纠纷'],
      ['同居关系', '同居关系纠纷'],
      ['抚养费纠纷', '抚养费纠纷'],
    ]);
  });

  it('reads criminal stems before 犯罪 and enforcement stems before 案件', () => {
    expect(scanned('盗窃、诈骗、危险驾驶等犯罪占六成。', scanLists)).toEqual([
      ['盗窃', '盗窃罪'],
      ['诈骗', '诈骗罪'],
      ['危险驾驶', '危险驾驶罪'],
    ]);
    expect(scanned('执行异议、执行复议案件由专人审查。', scanLists)).toEqual([
      ['执行异议', '执行异议'],
      ['执行复议案件', '执行复议'],
    ]);
  });

  it('gives nothing for lists of other words or with no anchor', () => {
    expect(scanned('学习、继承、发扬优良传统。', scanLists)).toEqual([]);
    expect(scanned('他们既要赡养、抚养义务，又要尽孝。', scanLists)).toEqual([]);
    expect(scanned('用足用活查人找物、执行和解、司法拘传等措施。', scanLists)).toEqual([]);
  });
});
