import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../src/core/amounts/find-amounts.js';
import { RULES } from './rules.js';

/** Every amount in `text`, as `written yuan kind`. */
function read(text: string): string[] {
  return findAmounts(text, RULES).map((found) => `${text.slice(found.start, found.end)} ${found.vague ? 'vague' : (found.fen as number) / 100} ${found.kind}`);
}

// Sentences written for these tests, imitating court news about shops, restaurants and markets
// (not copied from any source): what a buyer is charged, a price on a board, what a thing sells
// for and a unit price are 货款; a named fee, a cost and piece-rate pay are not.
describe('prices in a consumer or sales story', () => {
  it('reads what a customer is charged or spends as the price the story named', () => {
    expect(read('店内海鲜每斤标价298元。海鲜称重2斤6两，餐厅收费1380.5元，顾客认为价格过高。')).toEqual(['298元 298 货款', '1380.5元 1380.5 货款']);
    expect(read('原告在被告超市购买白酒时，每瓶标价680元，原告共消费4080元。')).toEqual(['680元 680 货款', '4080元 4080 货款']);
    expect(read('小区物业费为每月300元。物业公司此后又以电梯维护为由收费1200元。')).toEqual(['300元 300 其他', '1200元 1200 其他']);
  });

  it('reads a charge with nothing named as a fee, and a bill as a price', () => {
    expect(read('某培训机构向学员收费2.8万元后即停业。')).toEqual(['2.8万元 28000 其他']);
    expect(read('原告在被告经营的美容店先后消费2.3万元，后要求退费。')).toEqual(['2.3万元 23000 其他']);
    expect(read('“一桌家常菜结账时要两千多块，太离谱了。”王某说。')).toEqual(['两千多块 2000 货款']);
  });

  it('reads a price on a board or per unit as 货款', () => {
    expect(read('店内价目牌上虽标有“288元/斤”，但字迹模糊难以辨认。')).toEqual(['288元 288 货款']);
    expect(read('双方约定金料按每克420元计价，加工费每件80元。')).toEqual(['420元 420 货款', '80元 80 其他']);
    expect(read('据村民介绍，当年虫草在集市上每根35元。')).toEqual(['35元 35 货款']);
  });

  it('reads what a thing sells for and a difference in price as 货款', () => {
    expect(read('品相好的松茸一斤能卖三四百元，村民都不愿让步。')).toEqual(['三四百元 300 货款']);
    expect(read('“差价也就几百块钱，何必闹上法庭。”调解员劝道。')).toEqual(['几百块钱 vague 货款']);
  });

  it('keeps a named fee, a scale of fees and a cost as 其他', () => {
    expect(read('这批白酒每瓶成本三四十元，却以每瓶980元的价格售出。')).toEqual(['三四十元 30 其他', '980元 980 货款']);
    expect(read('小区物业公司收取物业费，收费标准为每平方米每月1.2元。')).toEqual(['1.2元 1.2 其他']);
    expect(read('被告以低于成本价的价格甩卖库存服装，每件仅30元。')).toEqual(['30元 30 货款']);
  });

  it('reads piece-rate pay as 工资', () => {
    expect(read('雇主约定将建材运至山顶，每趟计酬80元。')).toEqual(['80元 80 工资']);
    expect(read('工人为货主装卸水泥，按每吨15元计酬。')).toEqual(['15元 15 工资']);
  });
});
