/**
 * An exact decimal `coef × 10^exp`. Amounts are parsed into these so that `56.93万` becomes
 * exactly 569300 yuan; floats never touch a value.
 */
export interface Decimal {
  /** Integer coefficient. */
  readonly coef: bigint;
  /** Power of ten the coefficient is scaled by (negative for fractions). */
  readonly exp: number;
}

/** Zero. */
export const ZERO: Decimal = { coef: 0n, exp: 0 };

/** A whole number. */
export function decimalOf(value: bigint | number): Decimal {
  return { coef: BigInt(value), exp: 0 };
}

/** Reads ASCII digits with an optional `.` fraction (`56.93`); null for anything else. */
export function parseDecimal(text: string): Decimal | null {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return null;
  const fraction = match[2] ?? '';
  return { coef: BigInt((match[1] as string) + fraction), exp: fraction.length === 0 ? 0 : -fraction.length };
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const exp = Math.min(a.exp, b.exp);
  return [a.coef * 10n ** BigInt(a.exp - exp), b.coef * 10n ** BigInt(b.exp - exp), exp];
}

/** `a + b`. */
export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, exp] = align(a, b);
  return { coef: x + y, exp };
}

/** `a − b`. */
export function subtract(a: Decimal, b: Decimal): Decimal {
  const [x, y, exp] = align(a, b);
  return { coef: x - y, exp };
}

/** `a × n` for a whole `n`. */
export function times(a: Decimal, n: bigint): Decimal {
  return { coef: a.coef * n, exp: a.exp };
}

/** Compares `a` with `b`: negative, zero or positive. */
export function compare(a: Decimal, b: Decimal): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** True when `a` is zero. */
export function isZero(a: Decimal): boolean {
  return a.coef === 0n;
}

/** The value in fen (hundredths of a yuan) when `a` is a whole number of fen, else null. */
export function toFen(a: Decimal): bigint | null {
  const shift = a.exp + 2;
  if (shift >= 0) return a.coef * 10n ** BigInt(shift);
  const divisor = 10n ** BigInt(-shift);
  return a.coef % divisor === 0n ? a.coef / divisor : null;
}
