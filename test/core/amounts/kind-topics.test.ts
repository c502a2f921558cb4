import { describe, expect, it } from 'vitest';
import type { KindCue } from '../../../src/core/amounts/amount-rules.js';
import { findAmounts } from '../../../src/core/amounts/find-amounts.js';
import { applicableCues, topicsNamed } from '../../../src/core/amounts/kind-topics.js';
import { RULES } from './rules.js';

/** Every amount in `text`, as `written yuan kind`. */
function read(text: string): string[] {
  return findAmounts(text, RULES).map((found) => `${text.slice(found.start, found.end)} ${found.vague ? 'vague' : (found.fen as number) / 100} ${found.kind}`);
}

// Sentences written for these tests, imitating court news (not copied from any source): an
// article's topic (kind-topics.tsv) changes what 补偿, a purchase or 本金 says about the money.
describe('topics of an article', () => {
  it('reads compensation fixed for land or houses taken as 其他', () => {
    expect(read('原告不服区政府作出的房屋征收补偿决定，诉至法院。该决定认定原告房屋面积为210平方米，确定补偿款132.6万元。')).toEqual(['132.6万元 1326000 其他']);
    expect(read('因修建高速公路，村民王某的承包地被依法征收，镇政府向其发放补偿金4.2万元。')).toEqual(['4.2万元 42000 其他']);
    expect(read('拆迁过程中，开发公司与李某签订协议，约定补偿李某36万元。')).toEqual(['36万元 360000 其他']);
  });

  it('reads what one member of a family pays or buys for another as 其他', () => {
    expect(read('原告与被告于2022年协议离婚。双方约定房屋归男方所有，由男方一次性补偿女方8万元。')).toEqual(['8万元 80000 其他']);
    expect(read('张某与李某经人介绍订婚，张某给付彩礼8.8万元，另购买了价值1.5万余元的金饰。')).toEqual(['8.8万元 88000 其他', '1.5万余元 15000 其他']);
    expect(read('夫妻二人婚后购买房屋一套，价值86万元。离婚时双方对房屋分割产生争议，法院判决房屋归女方，女方支付男方房屋折价款40万元。')).toEqual([
      '86万元 860000 其他',
      '40万元 400000 其他',
    ]);
    expect(read('法院最终判决赵某向钱某支付存款分割款12.3万元。')).toEqual(['12.3万元 123000 其他']);
  });

  it('keeps child support and damages in a divorce, and a settled grievance as 赔偿 elsewhere', () => {
    expect(read('离婚时，原告以被告婚内出轨为由，要求离婚损害赔偿5万元，并要求被告每月支付抚养费2000元。')).toEqual(['5万元 50000 赔偿', '2000元 2000 抚养费']);
    expect(read('婚庆公司未按约定布置婚礼现场，经法官调解，婚庆公司补偿新人6000元。')).toEqual(['6000元 6000 赔偿']);
    expect(read('装修公司延期交房近两个月，经调解，公司同意补偿业主1.2万元。')).toEqual(['1.2万元 12000 赔偿']);
  });

  it('reads investors’ principal in a fund-raising as 其他, and a lender’s principal as 借款', () => {
    expect(read('被告人以高息为诱饵向社会公众吸收资金，涉及集资参与人200余名。案发时，尚有860余万元本金未能归还。')).toEqual(['860余万元 8600000 其他']);
    expect(read('被告人以投资养老项目为名向老年人吸收资金2600万元，至案发时尚有940万元本息未兑付。')).toEqual(['2600万元 26000000 标的', '940万元 9400000 其他']);
    expect(read('被告向原告借款20万元，至今尚欠本金12万元未还。')).toEqual(['20万元 200000 借款', '12万元 120000 借款']);
    expect(read('法院判决被告偿还原告借款本息共计12.6万元。')).toEqual(['12.6万元 126000 借款']);
  });

  it('keeps a price in a sale as 货款 where no family topic is named', () => {
    expect(read('原告在被告的金店购买了价值1.5万元的金饰，后发现金饰纯度不足。')).toEqual(['1.5万元 15000 货款']);
  });
});

describe('applicableCues and topicsNamed', () => {
  const cues: KindCue[] = [
    { word: '补偿', kind: '赔偿', when: 'always', role: 'name' },
    { word: '补偿', kind: '其他', when: 'topic', role: 'name', topic: '征收' },
    { word: '支付', kind: '执行款', when: 'enforcement', role: 'act' },
    { word: '支付', kind: '其他', when: 'otherwise', role: 'debt' },
  ];

  it('lets a topic row replace the other rows of its word, and only in its topic', () => {
    const words = (list: KindCue[]): string[] => list.map((cue) => `${cue.word} ${cue.kind}`);
    expect(words(applicableCues(cues, false, new Set()))).toEqual(['补偿 赔偿', '支付 其他']);
    expect(words(applicableCues(cues, true, new Set(['征收'])))).toEqual(['补偿 其他', '支付 执行款']);
  });

  it('names the topics whose words the text holds', () => {
    const topics = new Map([
      ['征收', ['征收', '拆迁']],
      ['集资', ['集资']],
    ]);
    expect([...topicsNamed('该村于去年整体拆迁。', topics)]).toEqual(['征收']);
    expect([...topicsNamed('双方因借款发生纠纷。', topics)]).toEqual([]);
  });
});
