// Sentences written by us in the style of court news (not copied from any source).
import { describe, expect, it } from 'vitest';
import { classifyDisputes } from '../../../src/core/disputes/classify.js';
import { joinedChargeReadings } from '../../../src/core/disputes/joined-charges.js';
import type { ChargeFile, ChargeRecord } from '../../../src/core/disputes/tables.js';
import { MODEL } from '../../helpers/disputes.js';

const charge = (name: string, status: ChargeRecord['status'] = 'current'): ChargeRecord => ({ name, chapter: '妨害社会管理秩序罪', chapter_no: '第六章', status });
const file = (...charges: ChargeRecord[]): ChargeFile => ({ as_of: '2024-01-30', charges });

describe('joinedChargeReadings', () => {
  it('reads each act, and each run of acts, of acts joined before one object', () => {
    const readings = joinedChargeReadings(file(charge('生产、销售、提供假药罪')));
    expect([...readings.keys()]).toEqual(['生产假药罪', '销售假药罪', '生产、销售假药罪', '提供假药罪', '生产、提供假药罪', '销售、提供假药罪']);
    expect(new Set(readings.values())).toEqual(new Set(['生产、销售、提供假药罪']));
  });

  it('carries 非法 before the first act to every act', () => {
    expect([...joinedChargeReadings(file(charge('非法生产、买卖警用装备罪'))).keys()]).toEqual(['非法生产警用装备罪', '非法买卖警用装备罪']);
  });

  it('reads the first item of objects joined after one act', () => {
    expect([...joinedChargeReadings(file(charge('走私普通货物、物品罪'), charge('拐卖妇女、儿童罪'))).keys()]).toEqual(['走私普通货物罪', '拐卖妇女罪']);
  });

  it('gives nothing for nouns before the act, or a bare act before long objects', () => {
    expect(joinedChargeReadings(file(charge('国有公司、企业、事业单位人员失职罪'), charge('非法出售、提供试题、答案罪'))).size).toBe(0);
  });

  it('leaves out a reading that is a charge name itself, or that two charges give', () => {
    const readings = joinedChargeReadings(file(charge('持有、使用假币罪'), charge('使用假币罪', 'abolished'), charge('甲乙、丙丁物品罪'), charge('甲乙、戊己物品罪')));
    expect([...readings.keys()]).toEqual(['持有假币罪', '丙丁物品罪', '戊己物品罪']);
  });

  it('skips charges no longer in force', () => {
    expect(joinedChargeReadings(file(charge('生产、销售伪劣产品罪', 'renamed'))).size).toBe(0);
  });
});

describe('joined charges in court news', () => {
  const found = (text: string) => classifyDisputes(text, MODEL).map((m) => [text.slice(m.start, m.end), m.node?.name ?? null]);

  it('maps the act named in a judgment to the joined charge', () => {
    expect(found('法院以运输毒品罪判处被告人李某有期徒刑十五年。')).toEqual([['运输毒品罪', '走私、贩卖、运输、制造毒品罪']]);
    expect(found('被告人王某犯贩卖、运输毒品罪，被判处无期徒刑。')).toEqual([['贩卖、运输毒品罪', '走私、贩卖、运输、制造毒品罪']]);
    expect(found('某进出口公司犯走私普通货物罪，被判处罚金。')).toEqual([['走私普通货物罪', '走私普通货物、物品罪']]);
  });

  it('keeps a charge that only looks like a reading', () => {
    expect(found('被告人赵某犯非法持有毒品罪。')).toEqual([['非法持有毒品罪', '非法持有毒品罪']]);
  });

  it('reads the act before a case noun too', () => {
    expect(found('该院审结一批销售假药案件。')).toEqual([['销售假药案件', '生产、销售、提供假药罪']]);
  });
});
