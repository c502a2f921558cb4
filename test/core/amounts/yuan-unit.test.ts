import { describe, expect, it } from 'vitest';
import { readYuanUnit } from '../../../src/core/amounts/yuan-unit.js';
import { RULES } from './rules.js';

/** The unit read right after the number at the start of `text` (`at` is where the number ends). */
function unit(text: string, at: number): { written: string; fraction: string } | null {
  const read = readYuanUnit(text, at, RULES.yuanFalseFriends, RULES.qualifiersAfter);
  return read && { written: text.slice(read.start, read.end), fraction: `${read.fraction.coef}e${read.fraction.exp}` };
}

describe('readYuanUnit', () => {
  it('reads 元, 圆, 块钱 and 元钱', () => {
    expect(unit('6000元，', 4)?.written).toBe('元');
    expect(unit('8000圆”', 4)?.written).toBe('圆');
    expect(unit('3000块钱', 4)?.written).toBe('块钱');
    expect(unit('一元钱', 1)?.written).toBe('元钱');
  });

  it('reads 角, 毛 and 分 after the unit', () => {
    expect(unit('12元5角，', 2)).toEqual({ written: '元5角', fraction: '5e-1' });
    expect(unit('3元2角5分也', 1)).toEqual({ written: '元2角5分', fraction: '25e-2' });
    expect(unit('叁拾伍元叁角”', 3)).toEqual({ written: '元叁角', fraction: '3e-1' });
    expect(unit('10元零5分', 2)).toEqual({ written: '元零5分', fraction: '5e-2' });
    expect(unit('3块5毛钱', 1)).toEqual({ written: '块5毛钱', fraction: '5e-1' });
    expect(unit('300元5分钟', 3)?.written).toBe('元');
  });

  it('takes a closing 整 or 正 only where no word goes on', () => {
    expect(unit('伍万元整”', 2)?.written).toBe('元整');
    expect(unit('贰仟元正，', 2)?.written).toBe('元正');
    expect(unit('3000元正式', 4)?.written).toBe('元');
  });

  it('reads 块 without 钱 only where no word goes on after it', () => {
    expect(unit('4500块，但', 4)?.written).toBe('块');
    expect(unit('3000块左右', 4)?.written).toBe('块');
    expect(unit('3000块的货', 4)?.written).toBe('块');
    expect(unit('3块地', 1)).toBeNull();
  });

  it('reads 块 before a quote or bracket as a measure word, and a lone digit after it as tenths', () => {
    expect(unit('一块“专柜正品”手表', 1)).toBeNull();
    expect(unit('两块（祖传）玉佩', 1)).toBeNull();
    expect(unit('两块五，', 1)).toEqual({ written: '块五', fraction: '5e-1' });
    expect(unit('一块八的价格', 1)).toEqual({ written: '块八', fraction: '8e-1' });
    expect(unit('3块5钱', 1)).toEqual({ written: '块5钱', fraction: '5e-1' });
    expect(unit('两块五花肉', 1)).toBeNull();
    expect(unit('两块五十', 1)).toBeNull();
  });

  it('rejects 元 inside a word that is not the currency', () => {
    expect(unit('一元化', 1)).toBeNull();
    expect(unit('二元结构', 1)).toBeNull();
    expect(unit('一元复始', 1)).toBeNull();
    expect(unit('6000多元', 5)?.written).toBe('元');
  });
});
