/** Counts from comparing predictions with gold labels. */
export interface Tally {
  /** Predictions that match a gold item. */
  truePositives: number;
  /** Predictions with no matching gold item. */
  falsePositives: number;
  /** Gold items no prediction matched. */
  falseNegatives: number;
}

/** An empty tally. */
export function tally(): Tally {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
}

/** Adds `b` into `a`. */
export function addTally(a: Tally, b: Tally): void {
  a.truePositives += b.truePositives;
  a.falsePositives += b.falsePositives;
  a.falseNegatives += b.falseNegatives;
}

/** Share of predictions that are right; 1 when nothing was predicted. */
export function precision(t: Tally): number {
  const predicted = t.truePositives + t.falsePositives;
  return predicted === 0 ? 1 : t.truePositives / predicted;
}

/** Share of gold items found; 1 when there were none. */
export function recall(t: Tally): number {
  const gold = t.truePositives + t.falseNegatives;
  return gold === 0 ? 1 : t.truePositives / gold;
}

/** A ratio as a fixed three-decimal string. */
export function fmt(value: number): string {
  return value.toFixed(3);
}
