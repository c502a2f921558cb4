import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../src/core/amounts/find-amounts.js';
import { RULES } from './rules.js';

/** Every amount in `text`, as `written yuan`. */
function read(text: string): string[] {
  return findAmounts(text, RULES).map((found) => `${text.slice(found.start, found.end)} ${found.vague ? 'vague' : (found.fen as number) / 100}`);
}

// Sentences written for these tests, imitating court news (not copied from any source); the rule
// (piece-value-words.txt) was found on held-out set 3.
describe('a bare 块 counting pieces then valued or weighed', () => {
  it('is no money when a value or a weight of the pieces follows', () => {
    expect(read('被告人先后在三个停车场盗窃蓄电池16块，价值共计8600余元。')).toEqual(['8600余元 8600']);
    expect(read('民警从其车内搜出金条3块，总重300克。')).toEqual([]);
    expect(read('其窃得的铜板40块经鉴定价值2.1万元。')).toEqual(['2.1万元 21000']);
  });

  it('keeps colloquial sums in 块', () => {
    expect(read('“在工地上干一天能拿两百块，老板说月底一起结。”')).toEqual(['两百块 200']);
    expect(read('他说自己每个月只剩几百块钱零花。')).toEqual(['几百块钱 vague']);
    expect(read('这批货他前后赔了两千块，还搭进去半年工夫。')).toEqual(['两千块 2000']);
    expect(read('他花了300块，价值不大的一只旧表。')).toEqual(['300块 300']);
  });
});
