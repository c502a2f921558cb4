import type { QualifierEffect } from './number-phrase.js';

/** The interval an amount allows, in fen. */
export interface FenBounds {
  /** Lower bound. */
  min: bigint;
  /** Upper bound. */
  max: bigint;
}

/** The place of the lowest non-zero digit: 5万 → 10000, 56.93万 → 100, 1500 → 100 (all in fen). */
export function placeOfLowestDigit(fen: bigint): bigint {
  if (fen <= 0n) return 0n;
  let unit = 1n;
  while (fen % (unit * 10n) === 0n) unit *= 10n;
  return unit;
}

/**
 * The interval a qualified value allows (see the README's conventions): 余/多/逾/以上 give
 * [v, v + unit], 近 gives [v − unit, v], 约/左右/许 give [v − unit, v + unit], 以下/不足 give
 * [0, v], where unit is the place of v's lowest non-zero digit. A round power of ten (百万, 1万)
 * counts down in the next place instead, so 近百万 is 900000..1000000 rather than 0..1000000.
 */
export function qualifiedBounds(fen: bigint, effect: QualifierEffect): FenBounds {
  const unit = placeOfLowestDigit(fen);
  const down = unit === fen && unit >= 10n ? unit / 10n : unit;
  switch (effect) {
    case 'above':
      return { min: fen, max: fen + unit };
    case 'near':
      return { min: fen - down, max: fen };
    case 'about':
      return { min: fen - down, max: fen + down };
    case 'below':
      return { min: 0n, max: fen };
  }
}
