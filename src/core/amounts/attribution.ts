import type { DisputeMention } from '../disputes/mention.js';
import type { RegionLevel, RegionPlace } from '../regions/region-types.js';

/** The group a mention goes to when nothing attributes it. */
export const UNATTRIBUTED = '(unattributed)';

/** The role of a dispute mention that names a real case (not an organisation or a generic word). */
export const CASE_ROLE = 'case';

/** A dispute mention as amount attribution needs it, with its offset in the article's normalised text. */
export interface DisputeAnchor {
  /** Offset in the article's normalised text (`article.text`) where the mention begins. */
  start: number;
  /** The official cause it names (`买卖合同纠纷`). */
  cause: string;
  /** Its role; only `case` mentions take amounts. */
  role: string;
}

/**
 * The dispute an amount at offset `at` of `text` belongs to: the `case` mention nearest before it
 * in the same paragraph; else the article's only case dispute, when it names exactly one cause;
 * else `(unattributed)`.
 */
export function disputeOfAmount(text: string, at: number, anchors: readonly DisputeAnchor[]): string {
  const cases = anchors.filter((anchor) => anchor.role === CASE_ROLE);
  const paragraphStart = text.lastIndexOf('\n', at - 1) + 1;
  let nearest: DisputeAnchor | null = null;
  for (const anchor of cases) {
    if (anchor.start >= paragraphStart && anchor.start < at && (!nearest || anchor.start > nearest.start)) nearest = anchor;
  }
  if (nearest) return nearest.cause;
  const causes = new Set(cases.map((anchor) => anchor.cause));
  return causes.size === 1 ? ([...causes][0] as string) : UNATTRIBUTED;
}

/** The region an article's amounts belong to: its primary region's unit at `level`, else `(unattributed)` (no region, or one above that level). */
export function regionOfAmount(place: RegionPlace | null, level: RegionLevel): string {
  return place?.[level] ?? UNATTRIBUTED;
}

/** The dispute mentions amounts can belong to: civil, criminal and administrative ones (an enforcement kind names a stage of some other case, not what the money is for). */
export function amountAnchors(disputes: readonly DisputeMention[]): DisputeMention[] {
  return disputes.filter((m) => m.family !== 'enforcement');
}
