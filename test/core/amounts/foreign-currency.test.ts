import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../src/core/amounts/find-amounts.js';
import { RULES } from './rules.js';

/** Every amount in `text`, as `written yuan kind`. */
function read(text: string): string[] {
  return findAmounts(text, RULES).map((found) => `${text.slice(found.start, found.end)} ${found.vague ? 'vague' : (found.fen as number) / 100} ${found.kind}`);
}

// Sentences written for these tests, imitating court news about cross-border trade and travel (not
// copied from any source): sums in a foreign currency have no value in yuan and are not read,
// whether the currency is listed whole or made of a country and a currency word.
describe('foreign currencies', () => {
  it('skips a sum whose currency is a country and a currency word after the number', () => {
    expect(read('越方商户收货后支付了部分货款，尚欠约8亿越南盾未付。')).toEqual([]);
    expect(read('被告在泰国旅游期间向原告借款3万泰铢。')).toEqual([]);
    expect(read('双方约定以俄罗斯卢布结算，被告尚欠货款120万卢布。')).toEqual([]);
    expect(read('原告称其在菲律宾务工期间被拖欠工资5万比索。')).toEqual([]);
    expect(read('涉案游客在韩国免税店消费了150万韩元。')).toEqual([]);
  });

  it('skips 元, 币 and 金 after a country, and a currency written after 元', () => {
    expect(read('被告以2000新加坡元的价格将手表卖给原告。')).toEqual([]);
    expect(read('被告收到对方汇来的货款1.5万美金。')).toEqual([]);
    expect(read('原告在香港支付定金8000元港币。')).toEqual([]);
    expect(read('被告人携带30万日元现金出境。')).toEqual([]);
  });

  it('keeps the yuan sum written beside a foreign one, and words that only begin like a country', () => {
    expect(read('被告尚欠货款5万美元（折合人民币约35万元）。')).toEqual(['人民币约35万元 350000 货款']);
    expect(read('法院判决被告赔偿原告日常生活损失3000元。')).toEqual(['3000元 3000 赔偿']);
    expect(read('原告支付了2800元美食团购费用。')).toEqual(['2800元 2800 其他']);
  });
});
