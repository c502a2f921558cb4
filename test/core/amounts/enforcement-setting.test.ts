import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../src/core/amounts/find-amounts.js';
import { RULES } from './rules.js';

/** Every amount in `text`, as `written yuan kind`. */
function read(text: string): string[] {
  return findAmounts(text, RULES).map((found) => `${text.slice(found.start, found.end)} ${found.vague ? 'vague' : (found.fen as number) / 100} ${found.kind}`);
}

// Sentences written for these tests, imitating court news about enforcement and the dealings
// behind it (not copied from any source).
describe('money paid in during enforcement', () => {
  it('reads money sent into the court’s account as 执行款', () => {
    expect(read('经执行干警释法说理，被执行人表示愿意配合，三天后将剩余的18.7万元汇入法院账户。')).toEqual(['18.7万元 187000 执行款']);
    expect(read('执行干警找到被执行人后，其当天把4.5万元打入法院账户。')).toEqual(['4.5万元 45000 执行款']);
    expect(read('在执行法官的督促下，被执行人的妻子代其向法院账户存入6000元。')).toEqual(['6000元 6000 执行款']);
  });

  it('reads a transfer outside enforcement as settling the debt the story named', () => {
    expect(read('被告拖欠原告货款12万元。经调解，被告当天将6万元转入原告账户。')).toEqual(['12万元 120000 货款', '6万元 60000 货款']);
  });

  it('keeps a sum only promised as still owed', () => {
    expect(read('执行中，被执行人承认尚欠8万元，承诺剩余8万元下月转入法院账户。')).toEqual(['8万元 80000 欠款', '8万元 80000 欠款']);
  });
});
