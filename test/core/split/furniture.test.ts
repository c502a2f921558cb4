import { describe, expect, it } from 'vitest';
import { isPageFurniture } from '../../../src/core/split/furniture.js';

// Lines written for these tests, in the shape of newspaper page furniture.
describe('isPageFurniture', () => {
  it('knows credits, page numbers, issue dates with weekdays and mastheads', () => {
    expect(['责任编辑：刘甲　校对：陈乙', '第3版', '04', '2024年12月31日　星期二', '三晋法治周刊　执行在线　2026年6月4日', '某某法治报 2025年1月2日', '泾川法苑　　2026年11月30日　第11期（总第138期）', '本版编辑　贺甲　　联系电话　029-8765****'].map(isPageFurniture)).toEqual([true, true, true, true, true, true, true, true]);
  });

  it('leaves sentences and headlines that hold a date alone', () => {
    expect(['2024年12月31日，法院召开新闻发布会。', '法院2025年1月2日发布白皮书', '情报显示2025年1月2日', '编辑部的故事', '法院发布白皮书，2025年1月2日'].map(isPageFurniture)).toEqual([false, false, false, false, false]);
  });
});
