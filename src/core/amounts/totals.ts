import type { AmountFind } from './amount-mention.js';

/**
 * Which mentions of one article count in totals. Judgments repeat their sums (判决被告支付货款
 * 5万元 … 上述货款5万元), so the same value of the same kind counts once per article: the first
 * mention does, its repeats do not. "The same value" means the same stated value and the same
 * bounds. Vague amounts have no value and never count in totals.
 */
export function countedInTotals(mentions: readonly AmountFind[]): boolean[] {
  const seen = new Set<string>();
  return mentions.map((mention) => {
    if (mention.vague || mention.fen === null) return false;
    const key = `${mention.kind}|${mention.fen}|${mention.minFen}|${mention.maxFen}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The total of the mentions that count (see `countedInTotals`) in fen, or null when none counts. */
export function totalFen(mentions: readonly AmountFind[]): bigint | null {
  const counted = countedInTotals(mentions);
  let total: bigint | null = null;
  mentions.forEach((mention, i) => {
    if (counted[i]) total = (total ?? 0n) + BigInt(mention.fen as number);
  });
  return total;
}
