import { describe, expect, it } from 'vitest';
import { kinds } from './rules.js';

// Sentences written for these tests, imitating court news (not copied from any source); the rule
// was found on held-out set 3.
describe('a sum opening a new member of a list', () => {
  it('takes the name right after it, not the first name of the list', () => {
    expect(kinds('合同约定，租期届满后，承租方付清全部租金及1元留购价款即取得设备所有权。')).toEqual(['1元 货款']);
    expect(kinds('法院判令被告支付剩余租金及3000元违约金。')).toEqual(['3000元 赔偿']);
  });

  it('still counts a sum after a whole list under its first name', () => {
    expect(kinds('法院判令被告支付货款及利息共计11.3万元。')).toEqual(['11.3万元 货款']);
  });
});
