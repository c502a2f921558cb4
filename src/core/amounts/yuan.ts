/** Fen as a yuan JSON number (`56930000` → `569300`, `1250` → `12.5`); null stays null. */
export function fenToYuan(fen: number | bigint | null): number | null {
  return fen === null ? null : Number(fen) / 100;
}

/** Fen as an exact decimal string of yuan (`1234567` → `"12345.67"`, `1250` → `"12.5"`). */
export function formatYuan(fen: number | bigint): string {
  const value = BigInt(fen);
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  const cents = (abs % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  return `${sign}${abs / 100n}${cents ? `.${cents}` : ''}`;
}

/** The exact sum of fen values, as a bigint, so no total is ever rounded. */
export function sumFen(values: Iterable<number>): bigint {
  let total = 0n;
  for (const value of values) total += BigInt(value);
  return total;
}
