import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../src/core/amounts/find-amounts.js';
import { RULES } from './rules.js';

/** Every amount in `text`, as `written yuan kind`. */
function read(text: string): string[] {
  return findAmounts(text, RULES).map((found) => `${text.slice(found.start, found.end)} ${found.vague ? 'vague' : (found.fen as number) / 100} ${found.kind}`);
}

// Sentences written for these tests, imitating court news (not copied from any source): 费 right
// after a name is part of it, and a list of names may carry a short modifier after its joiner.
describe('fees named by another word, and lists with modifiers', () => {
  it('reads 费 or 费用 right after a name as that name', () => {
    expect(read('法院判令被告人承担增殖放流费用3.8万元，用于购买鱼苗投放。')).toEqual(['3.8万元 38000 赔偿']);
    expect(read('经调解，被告同意支付原告赔偿费用2万元。')).toEqual(['2万元 20000 赔偿']);
    expect(read('原告为此支出律师费用8000元、鉴定评估费用1.2万元。')).toEqual(['8000元 8000 其他', '1.2万元 12000 其他']);
  });

  it('takes the first name of a list whose last name is qualified', () => {
    expect(read('法院判决被告赔礼道歉，并赔偿原告经济损失及合理维权费用共计2.6万元。')).toEqual(['2.6万元 26000 赔偿']);
    expect(read('判决被告支付货款及逾期付款违约金共计5.4万元。')).toEqual(['5.4万元 54000 货款']);
  });
});
