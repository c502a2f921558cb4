import type { DisputeModel } from './model.js';
import type { TaxonomyNode } from './taxonomy.js';

/** A cause chosen for a phrase by a rule, and how many characters at its end the rule read. */
export interface RuleMapping {
  /** Cause. */
  node: TaxonomyNode;
  /** Characters at the end of the phrase the rule matched. */
  length: number;
}

/** The longest rule of `unlisted-rules.tsv` that matches the end of `phrase` (head word included). */
export function mapByRule(phrase: string, model: DisputeModel): RuleMapping | undefined {
  let best: RuleMapping | undefined;
  for (const rule of model.rules) {
    const match = rule.pattern.exec(phrase);
    if (match && (!best || match[0].length > best.length)) best = { node: rule.node, length: match[0].length };
  }
  return best;
}

/**
 * The official cause a rewrite of `unlisted-rewrites.tsv` finds for `phrase`: the ending `from` is
 * replaced by `to`, then the longest civil name ending the result is taken if it keeps at least two
 * characters of the words before `from` (房屋租赁纠纷 → 房屋租赁合同纠纷; 彩礼纠纷 stays unmapped).
 */
export function mapByRewrite(phrase: string, model: DisputeModel): TaxonomyNode | undefined {
  for (const { from, to } of model.rewrites) {
    if (!phrase.endsWith(from) || phrase.length - from.length < 2) continue;
    const rewritten = phrase.slice(0, -from.length) + to;
    for (let length = rewritten.length; length >= to.length + 2; length--) {
      const entry = model.names.map.get(rewritten.slice(-length));
      if (entry && entry.node && entry.family === 'civil' && entry.kind !== 'generic') return entry.node;
    }
  }
  return undefined;
}
