import { describe, expect, it } from 'vitest';
import { settleOverlaps, type Candidate } from '../../../src/core/disputes/candidate.js';

const c = (start: number, end: number, via: Candidate['via'], mapped = false): Candidate => ({ start, end, node: null, family: 'civil', generic: false, via, mapped });

describe('settleOverlaps', () => {
  it('keeps the longer of overlapping candidates, then the better phrasing, in text order', () => {
    const kept = settleOverlaps([c(10, 14, 'list'), c(0, 4, 'name'), c(8, 14, 'case-noun'), c(2, 6, 'phrase'), c(20, 24, 'list'), c(20, 24, 'name')]);
    expect(kept.map((k) => [k.start, k.end, k.via])).toEqual([
      [0, 4, 'name'],
      [8, 14, 'case-noun'],
      [20, 24, 'name'],
    ]);
  });
});
