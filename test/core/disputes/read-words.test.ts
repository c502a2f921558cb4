// Words written by us in the style of court news.
import { describe, expect, it } from 'vitest';
import { readWords, type ReadOptions } from '../../../src/core/disputes/read-words.js';
import { MODEL } from '../../helpers/disputes.js';

const read = (words: string, options?: ReadOptions) => {
  const reading = readWords(words, MODEL, options);
  return reading ? [reading.entry.node?.name ?? null, reading.kind, reading.start] : null;
};

describe('readWords', () => {
  it('reads a stem, and a stem after words of its own', () => {
    expect(read('婚约财产')).toEqual(['婚约财产纠纷', 'whole', 0]);
    expect(read('老年人赡养')).toEqual(['赡养纠纷', 'tail', 3]);
  });

  it('reads by rule or rewrite when that covers more of the words', () => {
    expect(read('网络购物合同')).toEqual(['信息网络买卖合同纠纷', 'rule', 0]);
    expect(read('拖欠农民工工资')).toEqual(['追索劳动报酬纠纷', 'rule', 5]);
    expect(read('牲畜买卖')).toEqual(['买卖合同纠纷', 'rewrite', 2]);
  });

  it('reads weak stems only when asked, and one family only when strict', () => {
    expect(read('物业服务')).toEqual(['物业服务合同纠纷', 'rewrite', 0]);
    expect(read('物业服务', { weak: true })).toEqual(['物业服务合同纠纷', 'whole', 0]);
    expect(read('电信网络诈骗', { family: 'criminal', strict: true })).toEqual(['诈骗罪', 'tail', 4]);
    expect(read('草场承包', { family: 'criminal', strict: true })).toBeNull();
  });

  it('reads nothing from words that name no type', () => {
    expect([read('以房养老'), read('琐事'), read('养')]).toEqual([null, null, null]);
  });
});
