import type { DisputeModel } from './model.js';
import type { TaxonomyNode } from './taxonomy.js';

/** A cause chosen for a phrase by a rule or rewrite, and how many characters at its end it read. */
export interface RuleMapping {
  /** Cause. */
  node: TaxonomyNode;
  /** Characters at the end of the phrase the rule or rewrite read (head word included). */
  length: number;
}

/** Words for "contract" that may stand before the head of a phrase a rule reads without them. */
const CONTRACT_WORDS: readonly string[] = ['合同', '协议'];

function longestRule(phrase: string, model: DisputeModel): RuleMapping | undefined {
  let best: RuleMapping | undefined;
  for (const rule of model.rules) {
    const match = rule.pattern.exec(phrase);
    if (match && (!best || match[0].length > best.length)) best = { node: rule.node, length: match[0].length };
  }
  return best;
}

/**
 * The longest rule of `unlisted-rules.tsv` that matches the end of `phrase` (head word included).
 * A phrase with 合同/协议 before its head is also read without it when the rule then gives a
 * contract cause: 网络购物合同纠纷 is read as 网络购物纠纷 (信息网络买卖合同纠纷), not left to the
 * bare name 合同纠纷 inside it.
 */
export function mapByRule(phrase: string, model: DisputeModel): RuleMapping | undefined {
  let best = longestRule(phrase, model);
  for (const head of model.phrasing.heads) {
    const word = CONTRACT_WORDS.find((w) => phrase.endsWith(w + head));
    if (!word) continue;
    const bare = longestRule(phrase.slice(0, -(word + head).length) + head, model);
    if (bare && bare.node.name.includes('合同') && (!best || bare.length + word.length > best.length)) best = { node: bare.node, length: bare.length + word.length };
  }
  return best;
}

/** The longest civil name ending a rewritten phrase, with its length, if longer than `min`. */
function nameEnding(phrase: string, min: number, model: DisputeModel): RuleMapping | undefined {
  for (let length = phrase.length; length > min; length--) {
    const entry = model.names.map.get(phrase.slice(-length));
    if (entry && entry.node && entry.family === 'civil' && entry.kind !== 'generic') return { node: entry.node, length };
  }
  return undefined;
}

/**
 * The official cause a rewrite of `unlisted-rewrites.tsv` finds for `phrase`: the ending `from` is
 * replaced by `to`, then the longest civil name ending the result (or else a rule matching it) is
 * taken if it keeps at least two characters of the words before `from` (房屋租赁纠纷 → 房屋租赁合同纠纷;
 * 设备采购款纠纷 → 设备采购纠纷 → 买卖合同纠纷 by rule; 彩礼纠纷 stays unmapped). Of several rewrites the
 * one reading most of the phrase wins.
 */
export function mapByRewrite(phrase: string, model: DisputeModel): RuleMapping | undefined {
  let best: RuleMapping | undefined;
  for (const { from, to } of model.rewrites) {
    if (!phrase.endsWith(from) || phrase.length - from.length < 2) continue;
    const rewritten = phrase.slice(0, -from.length) + to;
    const rule = longestRule(rewritten, model);
    const found = nameEnding(rewritten, to.length + 1, model) ?? (rule && rule.length >= to.length + 2 ? rule : undefined);
    if (!found) continue;
    const read = found.length - to.length + from.length;
    if (!best || read > best.length) best = { node: found.node, length: read };
  }
  return best;
}
