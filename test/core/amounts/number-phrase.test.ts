import { describe, expect, it } from 'vitest';
import { toFen } from '../../../src/core/amounts/decimal.js';
import { readNumber } from '../../../src/core/amounts/number-phrase.js';

/** Reads the number at the start of `text` and returns what was read and its value in yuan. */
function read(text: string): { written: string; yuan: string; high: string | null } | null {
  const n = readNumber(text, 0);
  if (!n) return null;
  const yuan = (value: typeof n.value): string => String(Number(toFen(value)) / 100);
  return { written: text.slice(0, n.end), yuan: yuan(n.value), high: n.high ? yuan(n.high) : null };
}

describe('readNumber', () => {
  it('reads Arabic numbers with thousands separators and decimals', () => {
    expect(read('1,500元')).toEqual({ written: '1,500', yuan: '1500', high: null });
    expect(read('1，500元')).toEqual({ written: '1，500', yuan: '1500', high: null });
    expect(read('12,345.67元')).toEqual({ written: '12,345.67', yuan: '12345.67', high: null });
    expect(read('1,200,000元')?.yuan).toBe('1200000');
    expect(read('2300，由原告')?.written).toBe('2300');
    expect(read('15,23件')?.written).toBe('15');
  });

  it('multiplies Arabic numbers by 千, 万 and 亿, also in mixed forms', () => {
    expect(read('56.93万元')?.yuan).toBe('569300');
    expect(read('2.36亿元')?.yuan).toBe('236000000');
    expect(read('5千元')?.yuan).toBe('5000');
    expect(read('1万2千元')?.yuan).toBe('12000');
    expect(read('1亿2000万元')?.yuan).toBe('120000000');
    expect(read('3万零500元')?.yuan).toBe('30500');
  });

  it('reads Chinese numerals with 零 and the short forms 两万五, 三千五', () => {
    expect(read('一百二十万元')?.yuan).toBe('1200000');
    expect(read('两万五千元')?.yuan).toBe('25000');
    expect(read('两万五')?.yuan).toBe('25000');
    expect(read('三千五')?.yuan).toBe('3500');
    expect(read('两万零五元')?.yuan).toBe('20005');
    expect(read('一千零五十元')?.yuan).toBe('1050');
    expect(read('一亿零三百万元')?.yuan).toBe('103000000');
    expect(read('十二万八千元')?.yuan).toBe('128000');
    expect(read('十五元')?.yuan).toBe('15');
  });

  it('reads financial capitals and 萬', () => {
    expect(read('壹拾贰万零叁佰元')?.yuan).toBe('120300');
    expect(read('肆佰叁拾萬圆整')?.yuan).toBe('4300000');
    expect(read('陆仟零贰拾元整')?.yuan).toBe('6020');
    expect(readNumber('伍万元', 0)?.script).toBe('capital');
    expect(readNumber('五万元', 0)?.script).toBe('chinese');
    expect(readNumber('5万元', 0)?.script).toBe('arabic');
  });

  it('reads neighbouring digits as a range', () => {
    expect(read('二三十万元')).toEqual({ written: '二三十万', yuan: '200000', high: '300000' });
    expect(read('三四千元')).toEqual({ written: '三四千', yuan: '3000', high: '4000' });
    expect(read('一两万元')).toEqual({ written: '一两万', yuan: '10000', high: '20000' });
    expect(read('十七八万')).toEqual({ written: '十七八万', yuan: '170000', high: '180000' });
  });

  it('keeps 余, 多, 几 and 来 inside the number as its qualifier', () => {
    const cases: [string, string, string][] = [
      ['200余万元', '200余万', 'above'],
      ['十余万元', '十余万', 'above'],
      ['6000多元', '6000多', 'above'],
      ['十几万元', '十几万', 'above'],
      ['三十来万元', '三十来万', 'about'],
    ];
    for (const [text, written, effect] of cases) {
      const n = readNumber(text, 0);
      expect([text.slice(0, n?.end), n?.inner]).toEqual([written, effect]);
    }
    expect(read('千余万元')?.yuan).toBe('10000000');
    expect(readNumber('5万余万', 0)?.end).toBe(3);
  });

  it('marks stated magnitudes and lone digits', () => {
    expect(readNumber('百万欠款', 0)).toMatchObject({ bare: true, hasUnit: true, end: 2 });
    expect(readNumber('十万元', 0)).toMatchObject({ bare: false });
    expect(readNumber('一审', 0)).toMatchObject({ lone: true, end: 1 });
    expect(readNumber('二〇二三年', 0)).toMatchObject({ lone: true, end: 1 });
  });

  it('describes the unit a range may lend to its first bound', () => {
    expect(readNumber('5千万', 0)?.lead).toEqual({ digits: { coef: 5n, exp: 0 }, multiplier: 10_000_000n });
    expect(readNumber('二十万', 0)?.scaled).toEqual({ coefficient: { coef: 20n, exp: 0 }, multiplier: 10_000n });
  });

  it('returns null where no number starts', () => {
    expect(readNumber('元旦', 0)).toBeNull();
    expect(readNumber('零元', 0)).toBeNull();
  });
});
