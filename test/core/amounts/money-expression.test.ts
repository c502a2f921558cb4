import { describe, expect, it } from 'vitest';
import { toFen } from '../../../src/core/amounts/decimal.js';
import { readMoneyExpression } from '../../../src/core/amounts/money-expression.js';
import { readNumber } from '../../../src/core/amounts/number-phrase.js';
import { RULES } from './rules.js';

/** Reads the expression around the first number in `text` (imitation court-news wording). */
function expr(text: string, numberAt: number) {
  const number = readNumber(text, numberAt);
  if (!number) throw new Error(`no number at ${numberAt}`);
  const e = readMoneyExpression(text, number, RULES);
  if (!e) return null;
  const yuan = (v: typeof e.low | null): number | null => (v === null ? null : Number(toFen(v)) / 100);
  return { written: text.slice(e.start, e.end), low: yuan(e.low), high: yuan(e.high), effect: e.effect, vague: e.vague, hasUnit: e.hasUnit, currency: e.currency };
}

describe('readMoneyExpression', () => {
  it('takes currency words before or after and closing marks', () => {
    expect(expr('支付人民币5000元。', 5)).toMatchObject({ written: '人民币5000元', low: 5000, currency: true, hasUnit: true });
    expect(expr('工资8600元人民币。', 2)).toMatchObject({ written: '8600元人民币', low: 8600, currency: true });
    expect(expr('定金RMB 3000元。', 6)).toMatchObject({ written: 'RMB 3000元', low: 3000, currency: true });
    expect(expr('费用¥12,580.00。', 3)).toMatchObject({ written: '¥12,580.00', low: 12580, currency: true, hasUnit: false });
    expect(expr('借到人民币壹拾万元整”', 5)).toMatchObject({ written: '人民币壹拾万元整', low: 100000 });
  });

  it('reads qualifiers before, inside and after the number', () => {
    expect(expr('货款约1500元。', 3)).toMatchObject({ written: '约1500元', low: 1500, effect: 'about' });
    expect(expr('损失近5万元', 3)).toMatchObject({ written: '近5万元', effect: 'near' });
    expect(expr('标的额超过300万元', 5)).toMatchObject({ written: '超过300万元', effect: 'above' });
    expect(expr('执行款5万余元', 3)).toMatchObject({ written: '5万余元', effect: 'above' });
    expect(expr('收益3万元左右。', 2)).toMatchObject({ written: '3万元左右', effect: 'about' });
    expect(expr('价值3000元许，', 2)).toMatchObject({ written: '3000元许', effect: 'about' });
    expect(expr('标的额10万元以上的', 3)).toMatchObject({ written: '10万元以上', effect: 'above' });
    expect(expr('标的额5万元以下的', 3)).toMatchObject({ written: '5万元以下', effect: 'below' });
    expect(expr('约人民币2万元', 4)).toMatchObject({ written: '约人民币2万元', effect: 'about', currency: true });
  });

  it('reads ranges, lending the unit of the second bound to the first', () => {
    expect(expr('处以1万至5万元罚款', 2)).toMatchObject({ written: '1万至5万元', low: 10000, high: 50000 });
    expect(expr('收益为3-5万元。', 3)).toMatchObject({ written: '3-5万元', low: 30000, high: 50000 });
    expect(expr('每月5000元至1万元。', 2)).toMatchObject({ written: '5000元至1万元', low: 5000, high: 10000 });
    expect(expr('月薪4000至6000元，', 2)).toMatchObject({ written: '4000至6000元', low: 4000, high: 6000 });
    expect(expr('每次一至二万元不等', 2)).toMatchObject({ written: '一至二万元', low: 10000, high: 20000 });
    expect(expr('在十万至二十万元之间', 1)).toMatchObject({ low: 100000, high: 200000 });
    expect(expr('在八千至一万元之间', 1)).toMatchObject({ low: 8000, high: 10000 });
    expect(expr('费用3万~5万元之间', 2)).toMatchObject({ written: '3万~5万元', low: 30000, high: 50000 });
    expect(expr('3-5千万元', 0)).toMatchObject({ low: 30000000, high: 50000000 });
    expect(expr('处五千元以上五万元以下罚款', 1)).toMatchObject({ written: '五千元以上五万元以下', low: 5000, high: 50000 });
  });

  it('does not read a second number as a range when the first has 元 and it has none', () => {
    expect(expr('给付5000元至今未付', 2)).toMatchObject({ written: '5000元', high: null });
    expect(expr('每斤6元涨到8元', 2)).toMatchObject({ written: '6元', high: null });
  });

  it('marks vague amounts and rejects a lone magnitude', () => {
    expect(expr('尚欠数十万元，', 3)).toMatchObject({ written: '数十万元', vague: true });
    expect(expr('几万块钱', 1)).toMatchObject({ written: '几万块钱', vague: true });
    expect(expr('标的上千万元的', 3)).toMatchObject({ written: '上千万元', vague: true });
    expect(expr('百万欠款', 0)).toMatchObject({ written: '百万', vague: true, hasUnit: false });
    expect(expr('逾百万元', 1)).toMatchObject({ written: '逾百万元', vague: false, low: 1000000, effect: 'above' });
    expect(expr('千余万元', 0)).toMatchObject({ vague: false, low: 10000000 });
    expect(expr('万元户', 0)).toBeNull();
  });
});
