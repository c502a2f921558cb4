import { describe, expect, it } from 'vitest';
import { composeUserDict } from '../../scripts/user-dict/compose.js';
import { isDictWord, WEIGHTS } from '../../scripts/user-dict/entries.js';
import { causeEntries, chargeEntries, courtTermEntries, parseGeneralDict, placeEntries } from '../../scripts/user-dict/sources.js';

// Small inputs written by us in the formats of the project's data files.
const GENERAL = parseGeneralDict('和平 1200 ns\n石家庄 800 nr\n大同 900 d\n执行 14504 v\n诉至 8 v\n');

describe('user dictionary sources', () => {
  it('reads court terms with their tags, skipping comments and non-words', () => {
    expect(courtTermEntries('# 注释\nterm\ttag\n诉源治理\tnz\n拘传\tv\n12368\tnz\n诉前\t\n')).toEqual([
      { word: '诉源治理', freq: WEIGHTS.court, tag: 'nz' },
      { word: '拘传', freq: WEIGHTS.court, tag: 'v' },
      { word: '诉前', freq: WEIGHTS.court, tag: 'nz' },
    ]);
  });

  it('reads place names and short forms, re-tagging mis-tagged names and leaving out ordinary words', () => {
    const tsv = 'code\tname\tlevel\tparent\taliases\n150927\t察哈尔右翼中旗\tcounty\t150900\t察右中旗|中旗\n210102\t和平区\tcounty\t210100\t和平\n130100\t石家庄市\tcity\t130000\t石家庄\n140200\t大同市\tcity\t140000\t大同|同\n';
    expect(placeEntries(tsv, GENERAL)).toEqual({
      names: [
        { word: '察哈尔右翼中旗', freq: WEIGHTS.place, tag: 'ns' },
        { word: '和平区', freq: WEIGHTS.place, tag: 'ns' },
        { word: '石家庄市', freq: WEIGHTS.place, tag: 'ns' },
        { word: '大同市', freq: WEIGHTS.place, tag: 'ns' },
      ],
      aliases: [
        { word: '察右中旗', freq: WEIGHTS.alias, tag: 'ns' },
        { word: '中旗', freq: WEIGHTS.alias, tag: 'ns' },
        { word: '和平', freq: WEIGHTS.alias, tag: 'ns' },
        { word: '石家庄', freq: WEIGHTS.alias, tag: 'ns' },
      ],
      skipped: ['大同'],
    });
  });

  it('reads cause names and the charges in force', () => {
    expect(causeEntries(JSON.stringify({ causes: [{ name: '买卖合同纠纷' }, { name: '生命权、身体权、健康权纠纷' }, {}] }))).toEqual([{ word: '买卖合同纠纷', freq: WEIGHTS.cause, tag: 'nz' }]);
    const charges = { charges: [{ name: '拒不执行判决裁定罪', status: 'current' }, { name: '投机倒把罪', status: 'abolished' }] };
    expect(chargeEntries(JSON.stringify(charges))).toEqual([{ word: '拒不执行判决裁定罪', freq: WEIGHTS.charge, tag: 'nz' }]);
  });

  it('accepts only words of two or more Chinese characters', () => {
    expect(['调解', '𠀀𠀁', '调', 'B超', '调 解', ''].map(isDictWord)).toEqual([true, true, false, false, false, false]);
  });
});

describe('composeUserDict', () => {
  it('keeps the first source of a word, never lowers a bundled frequency, and sorts by code point', () => {
    const text = composeUserDict(
      [
        [
          { word: '诉至', freq: 3000, tag: 'v' },
          { word: '执行', freq: 3000, tag: 'v' },
        ],
        [
          { word: '诉至', freq: 1000, tag: 'nz' },
          { word: '包头', freq: 1000, tag: 'ns' },
        ],
      ],
      GENERAL,
    );
    expect(text).toBe('包头 1000 ns\n执行 14504 v\n诉至 3000 v\n');
    expect(composeUserDict([], GENERAL)).toBe('');
  });
});
