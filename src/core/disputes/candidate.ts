import type { DisputeFamily, TaxonomyNode } from './taxonomy.js';

/** The phrasing a mention was read from. */
export type DisputeVia =
  /** An official name, alias, kind form or umbrella word (`买卖合同纠纷`, `抚养权纠纷`, `终本案件`). */
  | 'name'
  /** A `…纠纷` / `…争议` phrase that is no name: mapped by a rule or reported as unlisted. */
  | 'phrase'
  /** `因X发生纠纷`. */
  | 'cause-clause'
  /** A bare stem before a case noun (`民间借贷案件`, `盗窃案`). */
  | 'case-noun'
  /** A bare stem in a list (`民间借贷、买卖合同等案件`). */
  | 'list'
  /** A suit or application named by its verb (`起诉离婚`, `申请强制执行`). */
  | 'verb-suit';

/** A possible mention found by one pattern, before overlaps are settled. */
export interface Candidate {
  /** Start in the normalised text. */
  start: number;
  /** End (exclusive) in the normalised text. */
  end: number;
  /** Case type, or null for "(none)" / "(unlisted)". */
  node: TaxonomyNode | null;
  /** Family. */
  family: DisputeFamily;
  /** True for an umbrella word. */
  generic: boolean;
  /** Phrasing. */
  via: DisputeVia;
  /** True when a rule table chose the cause (the words are no name and no alias). */
  mapped: boolean;
}

/** Lower wins between candidates of equal length: names first, unlisted phrases last. */
const PRIORITY: Record<DisputeVia, number> = { name: 0, 'verb-suit': 1, 'cause-clause': 1, phrase: 2, list: 3, 'case-noun': 3 };

function rank(candidate: Candidate): number {
  return candidate.via === 'phrase' && candidate.node === null ? 4 : PRIORITY[candidate.via];
}

/**
 * Keeps the candidates that do not overlap a better one: longer spans first (a full name beats the
 * shorter name inside it: 劳动人事争议 over 人事争议), then by phrasing, then leftmost. Returned in
 * text order.
 */
export function settleOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const candidate of ordered) {
    if (kept.some((k) => k.start < candidate.end && candidate.start < k.end)) continue;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
