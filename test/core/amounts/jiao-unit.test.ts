import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../src/core/amounts/find-amounts.js';
import { RULES } from './rules.js';

/** Every amount in `text`, as `written yuan min max`. */
function read(text: string): string[] {
  return findAmounts(text, RULES).map((f) => `${text.slice(f.start, f.end)} ${(f.fen as number) / 100} ${(f.minFen as number) / 100} ${(f.maxFen as number) / 100}`);
}

// Sentences written for these tests, imitating court news about market trading (not copied from
// any source): 毛 is the spoken 角, a tenth of a yuan, after a single digit or after 块.
describe('毛 and 角 as tenths of a yuan', () => {
  it('reads a single digit with 毛 or 角 as tenths', () => {
    expect(read('收购商以果皮有斑点为由，要求每斤降价5毛，果农不同意。')).toEqual(['5毛 0.5 0.5 0.5']);
    expect(read('菜贩称当天的青菜每斤只赚八毛钱。')).toEqual(['八毛钱 0.8 0.8 0.8']);
    expect(read('双方约定收购价每公斤涨价3角。')).toEqual(['3角 0.3 0.3 0.3']);
    expect(read('超市将每袋盐的价格多收了两毛五，被消费者投诉。')).toEqual(['两毛五 0.25 0.25 0.25']);
    expect(read('旧账本上记着“鸡蛋每个大约5毛左右”。')).toEqual(['大约5毛左右 0.5 0.4 0.6']);
  });

  it('reads 毛 after 块 or 元 as the tenths of the sum', () => {
    expect(read('老人说那时一斤猪肉才一块五毛钱。')).toEqual(['一块五毛钱 1.5 1.5 1.5']);
    expect(read('按照约定，每斤玉米的收购价为1元3毛。')).toEqual(['1元3毛 1.3 1.3 1.3']);
  });

  it('does not read names, corners, stars or spices as money', () => {
    expect(read('原告的邻居三毛出庭作证。')).toEqual([]);
    expect(read('执行干警在仓库一角发现了被执行人藏匿的账本。')).toEqual([]);
    expect(read('被告人在墙上画了一颗五角星。')).toEqual([]);
    expect(read('原告向被告出售八角茴香共计2吨，货款至今未付。')).toEqual([]);
  });
});
