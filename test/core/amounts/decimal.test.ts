import { describe, expect, it } from 'vitest';
import { add, compare, decimalOf, parseDecimal, subtract, times, toFen } from '../../../src/core/amounts/decimal.js';

describe('decimal', () => {
  it('reads digits with a fraction exactly', () => {
    expect(parseDecimal('56.93')).toEqual({ coef: 5693n, exp: -2 });
    expect(parseDecimal('1500')).toEqual({ coef: 1500n, exp: 0 });
    expect(parseDecimal('1.2.3')).toBeNull();
    expect(parseDecimal('')).toBeNull();
  });

  it('adds, subtracts, multiplies and compares without floats', () => {
    const a = parseDecimal('0.1');
    const b = parseDecimal('0.2');
    if (!a || !b) throw new Error('unparsed');
    expect(toFen(add(a, b))).toBe(30n);
    expect(toFen(subtract(b, a))).toBe(10n);
    expect(toFen(times(parseDecimal('56.93') ?? a, 10_000n))).toBe(56_930_000n);
    expect(compare(a, b)).toBe(-1);
    expect(compare(decimalOf(2), parseDecimal('2.00') ?? a)).toBe(0);
  });

  it('gives fen only for whole fen', () => {
    expect(toFen(parseDecimal('12345.67') ?? decimalOf(0))).toBe(1_234_567n);
    expect(toFen(parseDecimal('3.125') ?? decimalOf(0))).toBeNull();
    expect(toFen(parseDecimal('3.120') ?? decimalOf(0))).toBe(312n);
  });
});
