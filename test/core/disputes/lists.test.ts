// Sentences written by us in the style of court news.
import { describe, expect, it } from 'vitest';
import { scanLists } from '../../../src/core/disputes/lists.js';
import { MODEL, scanned } from '../../helpers/disputes.js';

const mapped = (text: string) => scanLists(text, MODEL).map((c) => [text.slice(c.start, c.end), c.node?.name ?? null, c.mapped]);

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
    expect(scanned('全年办结盗窃、抢夺、电信网络诈骗等犯罪案件217件。', scanLists)).toEqual([
      ['盗窃', '盗窃罪'],
      ['抢夺', '抢夺罪'],
      ['电信网络诈骗', '诈骗罪'],
    ]);
  });

  it('reads a civil name without its 合同 or 责任 before a case head', () => {
    expect(scanned('受理的案件多为房屋租赁、民间借贷、金融借款类案件。', scanLists)).toEqual([
      ['房屋租赁', '房屋租赁合同纠纷'],
      ['民间借贷', '民间借贷纠纷'],
      ['金融借款', '金融借款合同纠纷'],
    ]);
    expect(scanned('其中医疗损害、饲养动物损害等侵权纠纷占两成。', scanLists)).toEqual([
      ['医疗损害', '医疗损害责任纠纷'],
      ['饲养动物损害', '饲养动物损害责任纠纷'],
    ]);
  });

  it('maps items that are no stem under a case head, by rule, rewrite or the stem they end in', () => {
    expect(mapped('法庭巡回审理林地承包、耕牛买卖等纠纷90余件。')).toEqual([
      ['林地承包', '土地承包经营权纠纷', true],
      ['耕牛买卖', '买卖合同纠纷', true],
    ]);
    expect(mapped('对拖欠务工人员工资、抚养费、赡养费等案件快立快执。')).toEqual([
      ['工资', '追索劳动报酬纠纷', true],
      ['抚养费', '抚养费纠纷', false],
      ['赡养费', '赡养费纠纷', false],
    ]);
    expect(mapped('涉及居家养老服务合同、老年人赡养、以房养老等多种类型。')).toEqual([
      ['养老服务合同', '养老服务合同纠纷', false],
      ['老年人赡养', '赡养纠纷', true],
      ['以房养老', null, false],
    ]);
  });

  it('reads a case head a few words after the filler', () => {
    expect(scanned('对婚姻家庭、物业服务、劳动争议等常见纠纷实行分类化解。', scanLists)).toEqual([
      ['婚姻家庭', '婚姻家庭纠纷'],
      ['物业服务', '物业服务合同纠纷'],
      ['劳动争议', '劳动争议'],
    ]);
    expect(scanned('该庭审理的案件主要集中在土地承包、宅基地、相邻关系等类型。', scanLists)).toEqual([
      ['土地承包', '土地承包经营权纠纷'],
      ['宅基地', '宅基地使用权纠纷'],
      ['相邻关系', '相邻关系纠纷'],
    ]);
  });

  it('needs most items to name a type, and every item before a bare 等 or a head that follows the last item only', () => {
    expect(scanned('涉林权、水利设施、农资买卖等涉农案件180件。', scanLists)).toEqual([]);
    expect(scanned('围绕婚姻家庭、劳动报酬、物业服务等群众关心的问题提供咨询。', scanLists)).toEqual([]);
    expect(scanned('原告赵某与被告某商贸公司、钱某追偿权纠纷一案开庭。', scanLists)).toEqual([]);
    expect(scanned('在立案、审判、执行等环节推行线上服务。', scanLists)).toEqual([]);
  });

  it('counts an item naming a legal relation (界线, 权属) as a case beside one that names a type', () => {
    expect(mapped('巡回法庭审理的案件多为山林权属、农机买卖等纠纷。')).toEqual([
      ['山林权属', null, false],
      ['农机买卖', '买卖合同纠纷', true],
    ]);
    expect(mapped('受理的案件主要为宅院边界、离婚等纠纷。')).toEqual([
      ['宅院边界', null, false],
      ['离婚', '离婚纠纷', false],
    ]);
  });

  it('needs one item that names a type beside items naming legal relations', () => {
    expect(mapped('多为山林权属、田块界线等纠纷。')).toEqual([]);
  });

  it('gives nothing for lists of other words or with no anchor', () => {
    expect(scanned('学习、继承、发扬优良传统。', scanLists)).toEqual([]);
    expect(scanned('他们既要赡养、抚养义务，又要尽孝。', scanLists)).toEqual([]);
    expect(scanned('用足用活查人找物、执行和解、司法拘传等措施。', scanLists)).toEqual([]);
  });
});
