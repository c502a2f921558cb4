import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../src/core/amounts/find-amounts.js';
import { RULES } from './rules.js';

/** Every amount in `text`, as `written yuan kind`. */
function read(text: string): string[] {
  return findAmounts(text, RULES).map((found) => `${text.slice(found.start, found.end)} ${found.vague ? 'vague' : (found.fen as number) / 100} ${found.kind}`);
}

// Short stories written for these tests, imitating court news (not copied from any source): a
// payment settles the debt the story stated with a sum, not a word for the purpose or a defence.
describe('the debt a payment settles', () => {
  it('takes the kind of the sum an earlier sentence stated, not a purpose named before it', () => {
    expect(read('2022年，刘某以进货缺少资金为由向陈某借款5万元，双方签订借条。此后刘某仅归还2万元，便以“那是货款”为由拒绝还款。')).toEqual([
      '5万元 50000 借款',
      '2万元 20000 借款',
    ]);
    expect(read('为支付工人工资，某公司向李某借款30万元。公司此后偿还了12万元。')).toEqual(['30万元 300000 借款', '12万元 120000 借款']);
  });

  it('still takes the first name of an earlier sentence that states no sum', () => {
    expect(read('原告诉至法院，要求被告偿还借款及利息。经调解，被告当场偿还10万元。')).toEqual(['10万元 100000 借款']);
  });

  it('passes over court costs and fines stated earlier', () => {
    expect(read('案件受理费900元由被告负担，被告还应支付原告货款8万元。判决生效后，被告主动支付了5万元。')).toEqual([
      '900元 900 诉讼费',
      '8万元 80000 货款',
      '5万元 50000 货款',
    ]);
  });
});
