import { describe, expect, it } from 'vitest';
import { headlinePieces } from '../../../src/core/keywords/headline-pieces.js';

describe('headlinePieces', () => {
  it('splits at spaces and line breaks, folds full-width digits and maps to the source', () => {
    const source = 'x\n录音证据 显作用\n２０２３成效\n';
    const pieces = headlinePieces(source, { start: 2, end: 18 });
    expect(pieces.map((p) => p.text)).toEqual(['录音证据', '显作用', '2023成效']);
    expect([...(pieces[2]?.offsets ?? [])]).toEqual([11, 12, 13, 14, 15, 16, 17]);
    expect([...(pieces[1]?.offsets ?? [])]).toEqual([7, 8, 9, 10]);
  });
});
