import { describe, expect, it } from 'vitest';
import { isMoney } from '../../../src/core/amounts/money-context.js';
import { readMoneyExpression } from '../../../src/core/amounts/money-expression.js';
import { readNumber } from '../../../src/core/amounts/number-phrase.js';
import { RULES } from './rules.js';

/** Whether the first number in `text` (at `at`) is read as money; sentences imitate court news. */
function money(text: string, at: number, sentenceHasMoney = false): boolean {
  const number = readNumber(text, at);
  const expression = number && readMoneyExpression(text, number, RULES);
  return expression ? isMoney(text, expression, RULES, sentenceHasMoney) : false;
}

describe('isMoney', () => {
  it('takes any number written with 元', () => {
    expect(money('当场给付6000元并', 4)).toBe(true);
    expect(money('判处罚金二千元。', 4)).toBe(true);
  });

  it('takes a number without 元 after a money cue, fillers and masked names aside', () => {
    expect(money('该案标的额86万，系', 5)).toBe(true);
    expect(money('执行款200余万。', 3)).toBe(true);
    expect(money('偿还欠款61600，并', 4)).toBe(true);
    expect(money('执行到位金额达3.2亿，', 7)).toBe(true);
    expect(money('判令被告支付李某某2万，', 9)).toBe(true);
    expect(money('涉案金额超2000万，', 5)).toBe(true);
    expect(money('并处罚金二万。', 4)).toBe(true);
  });

  it('takes a magnitude followed by a money noun', () => {
    expect(money('追回了百万欠款。', 3)).toBe(true);
    expect(money('涉及上千万资金。', 3)).toBe(true);
    expect(money('百万群众受益。', 0)).toBe(false);
  });

  it('takes a number after 负担 or 支持 only when the sentence already named a sum', () => {
    expect(money('由原告负担300，', 5, true)).toBe(true);
    expect(money('由原告负担300，', 5, false)).toBe(false);
  });

  it('rejects numbers without 元 that count something, identify something or stand alone', () => {
    expect(money('出动警车7辆', 4)).toBe(false);
    expect(money('承包的3000多亩草场', 3)).toBe(false);
    expect(money('欠款3笔已还清', 2)).toBe(false);
    expect(money('罚款2次', 2)).toBe(false);
    expect(money('支付5000美元', 2)).toBe(false);
    expect(money('利率为6%', 3)).toBe(false);
    expect(money('账户尾号为8866的存款', 5)).toBe(false);
    expect(money('欠款一事另有隐情', 2)).toBe(false);
    expect(money('货款一直未付', 2)).toBe(false);
    expect(money('面积1.86万平方公里', 2)).toBe(false);
  });

  it('rejects a lone Chinese digit with 元 that runs into a word, but keeps 一元钱', () => {
    expect(money('王一元说他没钱', 1)).toBe(false);
    expect(money('一元钱也没给', 0)).toBe(true);
    expect(money('每斤五元，共', 2)).toBe(true);
  });

  it('reads 一块 and 两块 alone as pieces unless a price word stands before them', () => {
    expect(money('将蛋糕切成两块，', 5)).toBe(false);
    expect(money('花了一块。', 2)).toBe(true);
    expect(money('每斤两块，', 2)).toBe(true);
    expect(money('只剩一块钱。', 2)).toBe(true);
    expect(money('一斤两块五。', 2)).toBe(true);
    expect(money('欠他三千块，', 2)).toBe(true);
  });
});
