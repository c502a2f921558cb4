import { describe, expect, it } from 'vitest';
import { kinds } from './rules.js';

// Sentences written for these tests, imitating court news (not copied from any source); the
// topics 劳务 and 竞业 of kind-topics.tsv were found on held-out set 3.
describe('pay for work (劳务)', () => {
  it('reads a day’s pay and a piece rate in a wage story as 工资', () => {
    expect(kinds('“搬一天砖能挣两百块。”农民工老李说，包工头拖欠他的工钱已近一年。')).toEqual(['两百块 工资']);
    expect(kinds('原告请求确认劳动关系。原告在平台接单送货，每单配送费5元至8元不等。')).toEqual(['5元至8元 工资']);
  });

  it('lets a nearer name decide, and leaves such sums alone outside a wage story', () => {
    expect(kinds('该案系劳动争议。公司每天按欠付金额支付违约金200元。')).toEqual(['200元 赔偿']);
    expect(kinds('游客称，景区停车场每天收费30元。')).toEqual(['30元 其他']);
    expect(kinds('该案系劳动争议。平台规定超时送达的每单罚款50元，每单配送费6元。')).toEqual(['50元 罚款', '6元 工资']);
  });
});

describe('a non-compete (竞业)', () => {
  it('reads the compensation paid for it as 其他, not damages', () => {
    expect(kinds('双方签订竞业限制协议，公司按月向其支付补偿金2500元。')).toEqual(['2500元 其他']);
    expect(kinds('法院认定李某违反竞业限制义务，判令其返还已领取的补偿款1.5万元，并支付违约金5万元。')).toEqual(['1.5万元 其他', '5万元 赔偿']);
  });

  it('leaves compensation in other stories as damages', () => {
    expect(kinds('被告驾车撞坏原告的院墙，同意补偿原告6000元。')).toEqual(['6000元 赔偿']);
  });
});
