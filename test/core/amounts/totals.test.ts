import { describe, expect, it } from 'vitest';
import type { AmountFind } from '../../../src/core/amounts/amount-mention.js';
import { countedInTotals, totalFen } from '../../../src/core/amounts/totals.js';

function amount(fen: number | null, kind: AmountFind['kind'], bounds: [number, number] | null = fen === null ? null : [fen, fen]): AmountFind {
  return { start: 0, end: 1, fen, minFen: bounds?.[0] ?? null, maxFen: bounds?.[1] ?? null, approx: fen === null, vague: fen === null, kind };
}

describe('totals policy', () => {
  it('counts the same value of the same kind once, other kinds and bounds separately, vague never', () => {
    const mentions = [
      amount(5_000_000, '货款'),
      amount(5_000_000, '货款'),
      amount(5_000_000, '借款'),
      amount(5_000_000, '货款', [5_000_000, 6_000_000]),
      amount(null, '货款'),
    ];
    expect(countedInTotals(mentions)).toEqual([true, false, true, true, false]);
    expect(totalFen(mentions)).toBe(15_000_000n);
  });

  it('has no total when nothing can be summed', () => {
    expect(totalFen([amount(null, '欠款')])).toBeNull();
    expect(totalFen([])).toBeNull();
  });
});
