import { describe, expect, it } from 'vitest';
import { placeOfLowestDigit, qualifiedBounds } from '../../../src/core/amounts/bounds.js';

const yuan = (n: number): bigint => BigInt(n) * 100n;

describe('qualified bounds', () => {
  it('finds the place of the lowest non-zero digit', () => {
    expect(placeOfLowestDigit(yuan(50_000))).toBe(yuan(10_000));
    expect(placeOfLowestDigit(yuan(569_300))).toBe(yuan(100));
    expect(placeOfLowestDigit(1250n)).toBe(50n / 5n);
    expect(placeOfLowestDigit(0n)).toBe(0n);
  });

  it('gives the intervals of the README conventions', () => {
    expect(qualifiedBounds(yuan(50_000), 'above')).toEqual({ min: yuan(50_000), max: yuan(60_000) });
    expect(qualifiedBounds(yuan(1_500), 'above')).toEqual({ min: yuan(1_500), max: yuan(1_600) });
    expect(qualifiedBounds(yuan(1_000_000), 'above')).toEqual({ min: yuan(1_000_000), max: yuan(2_000_000) });
    expect(qualifiedBounds(yuan(50_000), 'near')).toEqual({ min: yuan(40_000), max: yuan(50_000) });
    expect(qualifiedBounds(yuan(1_500), 'about')).toEqual({ min: yuan(1_400), max: yuan(1_600) });
    expect(qualifiedBounds(yuan(30_000), 'about')).toEqual({ min: yuan(20_000), max: yuan(40_000) });
    expect(qualifiedBounds(yuan(50_000), 'below')).toEqual({ min: 0n, max: yuan(50_000) });
  });

  it('counts down in the next place for a round power of ten', () => {
    expect(qualifiedBounds(yuan(1_000_000), 'near')).toEqual({ min: yuan(900_000), max: yuan(1_000_000) });
    expect(qualifiedBounds(yuan(10_000), 'about')).toEqual({ min: yuan(9_000), max: yuan(11_000) });
  });
});
