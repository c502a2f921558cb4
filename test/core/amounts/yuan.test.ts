import { describe, expect, it } from 'vitest';
import { fenToYuan, formatYuan, sumFen } from '../../../src/core/amounts/yuan.js';

describe('yuan', () => {
  it('formats fen as exact yuan', () => {
    expect(formatYuan(1_234_567)).toBe('12345.67');
    expect(formatYuan(1250)).toBe('12.5');
    expect(formatYuan(56_930_000n)).toBe('569300');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(-150)).toBe('-1.5');
  });

  it('converts fen to a JSON number and sums exactly', () => {
    expect(fenToYuan(1_234_567)).toBe(12345.67);
    expect(fenToYuan(null)).toBeNull();
    expect(sumFen([10, 20, 30])).toBe(60n);
    expect(sumFen([Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER])).toBe(2n * BigInt(Number.MAX_SAFE_INTEGER));
  });
});
