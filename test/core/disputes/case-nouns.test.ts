// Sentences written by us in the style of court news.
import { describe, expect, it } from 'vitest';
import { scanCaseNouns } from '../../../src/core/disputes/case-nouns.js';
import { scanned } from '../../helpers/disputes.js';

describe('scanCaseNouns', () => {
  it('reads stems before 案件, 类案件 and 案', () => {
    expect(scanned('今年审结民间借贷案件三百件，劳动争议类案件九十件。', scanCaseNouns)).toEqual([
      ['民间借贷案件', '民间借贷纠纷'],
      ['劳动争议类案件', '劳动争议'],
    ]);
    expect(scanned('法院公开宣判一起电信网络诈骗案。', scanCaseNouns)).toEqual([['诈骗案', '诈骗罪']]);
    expect(scanned('该院对执行异议案件实行专人审查。', scanCaseNouns)).toEqual([['执行异议案件', '执行异议']]);
    expect(scanned('涉老年人赡养类纠纷逐年增多，此类纠纷多在诉前化解。', scanCaseNouns)).toEqual([['赡养类纠纷', '赡养纠纷']]);
  });

  it('skips 案由, 案款, 案例 and case nouns after no stem', () => {
    expect(scanned('法官释明了民间借贷案由，并发放盗窃案款，编发离婚案例。', scanCaseNouns)).toEqual([]);
    expect(scanned('本案审理中，该院对上诉案件、涉企案件实行繁简分流。', scanCaseNouns)).toEqual([['涉企案件', null]]);
  });
});
