import { describe, expect, it } from 'vitest';
import { AMOUNT_KINDS } from '../../../src/core/amounts/amount-kind.js';
import { parseAmountRules, type AmountRuleFiles } from '../../../src/core/amounts/amount-rules.js';
import { RULES } from './rules.js';

const EMPTY: AmountRuleFiles = {
  'kind-cues.tsv': '',
  'money-cues.tsv': '',
  'fillers.txt': '',
  'carry-verbs.txt': '',
  'not-money-after.txt': '',
  'not-money-before.txt': '',
  'yuan-false-friends.txt': '',
  'qualifiers.tsv': '',
  'enforcement-words.txt': '',
  'price-words.txt': '',
  'settlement-words.txt': '',
  'not-cues.txt': '',
  'goods.txt': '',
  'foreign-currencies.tsv': '',
  'kind-topics.tsv': '',
  'goods-units.txt': '',
  'piece-value-words.txt': '',
};

describe('parseAmountRules', () => {
  it('reads rows, skipping comments and blank lines', () => {
    const rules = parseAmountRules({
      ...EMPTY,
      'kind-cues.tsv': '# comment\n货款\t货款\n\n给付\t执行款\tenforcement\tact\n拖欠\t欠款\t\tdebt\n补偿\t其他\t征收\n',
      'money-cues.tsv': '款\tbefore\n欠款\tboth\n资金\tafter\n',
      'qualifiers.tsv': '约\tbefore\tabout\n左右\tafter\tabout\n数\tvague\tvague\n',
      'goods.txt': '# produce\n桃\n',
      'foreign-currencies.tsv': '盾\tunit\n元\tsuffix\n越南\tcountry\n',
      'kind-topics.tsv': '征收\t征地\n征收\t拆迁\n',
      'goods-units.txt': '# weight\n斤\n',
    });
    expect(rules.kindCues).toEqual([
      { word: '货款', kind: '货款', when: 'always', role: 'name' },
      { word: '给付', kind: '执行款', when: 'enforcement', role: 'act' },
      { word: '拖欠', kind: '欠款', when: 'always', role: 'debt' },
      { word: '补偿', kind: '其他', when: 'topic', role: 'name', topic: '征收' },
      { word: '桃款', kind: '货款', when: 'always', role: 'name' },
      { word: '每斤', kind: '货款', when: 'always', role: 'weak' },
      { word: '/斤', kind: '货款', when: 'always', role: 'weak' },
    ]);
    expect(rules.cuesBefore).toEqual(['款', '欠款']);
    expect(rules.cuesAfter).toEqual(['欠款', '资金']);
    expect([...rules.qualifiersBefore]).toEqual([['约', 'about']]);
    expect([...rules.qualifiersAfter]).toEqual([['左右', 'about']]);
    expect(rules.vaguePrefixes).toEqual(['数']);
    expect([...rules.kindTopics]).toEqual([['征收', ['征地', '拆迁']]]);
    expect(rules.foreignCurrencies).toEqual({ units: ['盾'], suffixes: ['元'], countries: ['越南'] });
  });

  it('names the file and the problem of a bad row', () => {
    expect(() => parseAmountRules({ ...EMPTY, 'kind-cues.tsv': '货款\t货物\n' })).toThrow('kind-cues.tsv: row 1: unknown kind 货物');
    expect(() => parseAmountRules({ ...EMPTY, 'kind-cues.tsv': '货款\t货款\t\tverb\n' })).toThrow('kind-cues.tsv: row 1: unknown role verb');
    expect(() => parseAmountRules({ ...EMPTY, 'kind-cues.tsv': '补偿\t其他\t征收\n' })).toThrow('kind-cues.tsv: row 1: unknown condition 征收');
    expect(() => parseAmountRules({ ...EMPTY, 'kind-cues.tsv': '货款\n' })).toThrow('kind-cues.tsv:1: expected 2 tab-separated fields');
    expect(() => parseAmountRules({ ...EMPTY, 'money-cues.tsv': '款\tinside\n' })).toThrow('money-cues.tsv: bad position inside for 款');
    expect(() => parseAmountRules({ ...EMPTY, 'qualifiers.tsv': '约\tbefore\tsome\n' })).toThrow('qualifiers.tsv: bad row 约 before some');
    expect(() => parseAmountRules({ ...EMPTY, 'foreign-currencies.tsv': '盾\tcoin\n' })).toThrow('foreign-currencies.tsv: bad form coin for 盾');
  });

  it('ships tables in which every kind has cues and no cue is listed twice for one condition', () => {
    expect(new Set(RULES.kindCues.map((cue) => cue.kind))).toEqual(new Set(AMOUNT_KINDS));
    const keys = RULES.kindCues.map((cue) => `${cue.word}/${cue.when}/${cue.topic ?? ''}`);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    expect(RULES.notMoneyAfter).toContain('亩');
    expect(RULES.yuanFalseFriends).toContain('元旦');
  });
});
