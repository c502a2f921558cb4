import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../src/core/amounts/find-amounts.js';
import { RULES } from './rules.js';

/** Every amount found in `text`, as [written, yuan, min, max, kind] (or 'vague' for the values). */
function found(text: string): (string | number | null)[][] {
  return findAmounts(text, RULES).map((f) =>
    f.vague ? [text.slice(f.start, f.end), 'vague', f.kind] : [text.slice(f.start, f.end), (f.fen as number) / 100, (f.minFen as number) / 100, (f.maxFen as number) / 100, f.kind],
  );
}

// Sentences written for these tests, imitating court-news phrasing (not copied from any source).
describe('findAmounts', () => {
  it('finds every sum of a judgment, with its kind', () => {
    expect(found('法院判决被告偿还原告借款本金100000元及利息12000元，案件受理费2600元由被告负担。')).toEqual([
      ['100000元', 100000, 100000, 100000, '借款'],
      ['12000元', 12000, 12000, 12000, '其他'],
      ['2600元', 2600, 2600, 2600, '诉讼费'],
    ]);
  });

  it('reads qualified, ranged and vague amounts', () => {
    expect(found('该院执行到位金额200余万元，为农民工追回工资数十万元。')).toEqual([
      ['200余万元', 2000000, 2000000, 3000000, '执行款'],
      ['数十万元', 'vague', '工资'],
    ]);
    expect(found('法院可视情节处以1万至5万元罚款。')).toEqual([['1万至5万元', 10000, 10000, 50000, '罚款']]);
    expect(found('被告多次向原告借款，每次一至二万元不等。')).toEqual([['一至二万元', 10000, 10000, 20000, '借款']]);
  });

  it('reads amounts without 元 where the context says money, and bare follow-ups', () => {
    expect(found('本案受理费2300，由原告负担300，被告负担2000。')).toEqual([
      ['2300', 2300, 2300, 2300, '诉讼费'],
      ['300', 300, 300, 300, '诉讼费'],
      ['2000', 2000, 2000, 2000, '诉讼费'],
    ]);
  });

  it('gives 角 and 分 exactly', () => {
    expect(found('收据写明“人民币壹佰贰拾叁元肆角伍分”。')).toEqual([['人民币壹佰贰拾叁元肆角伍分', 123.45, 123.45, 123.45, '其他']]);
  });

  it('finds nothing in dates, case numbers, counts, percentages, phones, areas and idioms', () => {
    const none = [
      '2023年12月6日，该院召开第四季度审判执行推进会。',
      '法院依法向被执行人送达了（2023）内0222执123号执行通知书。',
      '本次集中执行，该院共出动干警23人，警车7辆，拘传2人，执行完毕案件4件。',
      '经过干警长达11个小时的耐心沟通，李某某时隔116天后终于与女儿团聚。',
      '今年以来，该院诉前调解成功率达85.6%，同比上升12个百分点。',
      '当事人可拨打诉讼服务热线0472-1234567进行咨询。',
      '该旗总面积1.86万平方公里，被告承包的3000多亩草场与原告相邻。',
      '执行干警千方百计查找财产线索，该院开展“万人助万企”活动，百万群众从中受益。',
      '被告拖欠货款至今未还，原告多次催要无果。',
      '依据民法典第一千零七十九条，法院判决准予离婚。',
      '原告要求按日万分之五的标准支付违约金，利率为年利率3.85%。',
      '银行账户尾号为8866的存款已被冻结。',
      '城乡二元结构逐步打破，一元复始，万象更新。',
      '根据合同条款3.2的约定，欠款人3名均未到庭，被告钱某某3人系本村村民。',
      '诉讼费用由原、被告各负担一半，借款期限12个月，执行款2023年度发放率达100%。',
    ];
    for (const sentence of none) expect([sentence, found(sentence)]).toEqual([sentence, []]);
  });

  it('does not read 块 counting things as money', () => {
    expect(found('王某在直播间花29800元买下一块“专柜正品”手表，到手后发现是仿品。').map((f) => f[0])).toEqual(['29800元']);
    expect(found('村委会将一块地分成两块，分别承包给两户村民。')).toEqual([]);
    expect(found('执行干警发现被执行人院中堆放着两块石碑和十块钢板。')).toEqual([]);
    expect(found('原告称当时菜价每斤两块五，被告却坚持只给每斤四块，双方由此起了争执。').map((f) => [f[0], f[1]])).toEqual([
      ['两块五', 2.5],
      ['四块', 4],
    ]);
  });

  it('does not let an amount start inside the previous one', () => {
    expect(found('欠款1，500元，另付25元。').map((f) => f[0])).toEqual(['1，500元', '25元']);
  });

  it('rejects values that are not whole fen', () => {
    expect(found('单价3.125元。')).toEqual([]);
  });
});
