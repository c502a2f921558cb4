import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../src/core/amounts/find-amounts.js';
import { RULES } from './rules.js';

/** Every amount in `text`, as `written yuan min max approx kind`. */
function read(text: string): string[] {
  return findAmounts(text, RULES).map((f) => `${text.slice(f.start, f.end)} ${(f.fen as number) / 100} ${(f.minFen as number) / 100} ${(f.maxFen as number) / 100} ${f.approx} ${f.kind}`);
}

// Sentences written for these tests in the wording of statutes as court news quotes them (not
// copied from any article): a threshold is read like any other amount, so the condition of a
// statutory floor is a ceiling and the floor it sets is exact.
describe('statutory thresholds', () => {
  it('reads the condition of a floor as a ceiling and the floor as exact', () => {
    expect(read('法官释明，增加赔偿的金额不足五百元的，为五百元。')).toEqual(['不足五百元 500 0 500 true 赔偿', '五百元 500 500 500 false 赔偿']);
    expect(read('依照该条规定，增加赔偿的金额不足一千元的，为一千元。')).toEqual(['不足一千元 1000 0 1000 true 赔偿', '一千元 1000 1000 1000 false 赔偿']);
  });

  it('reads a statutory range as one range', () => {
    expect(read('对拒不履行协助义务的单位，可处以一万元以上十万元以下的罚款。')).toEqual(['一万元以上十万元以下 10000 10000 100000 true 罚款']);
  });
});
