import type { Candidate } from './candidate.js';
import { longestUntil } from './lexicon.js';
import type { DisputeModel } from './model.js';
import { hanRunStart, wordAt, wordBefore } from './text.js';
import { mapByRewrite, mapByRule } from './unlisted-mapping.js';

/** How far back from a head word a phrase is read. */
const WINDOW = 16;

/**
 * Where the unlisted phrase before a head starts: just after the last boundary word (的, 这起,
 * 化解, 诉前 …) in the run of Han characters, so "这起网购纠纷" gives 网购 and "推动纠纷" gives nothing.
 */
function phraseStart(text: string, runStart: number, headStart: number, model: DisputeModel): number {
  for (let p = headStart; p > runStart; p--) {
    if (wordBefore(text, p, model.phrasing.boundaryWords)) return p;
  }
  return runStart;
}

/**
 * `…纠纷` / `…争议` phrases that are no name: a rule of `unlisted-rules.tsv` maps them (草场承包纠纷 →
 * 土地承包经营权纠纷), else a rewrite (房屋租赁纠纷 → 房屋租赁合同纠纷), else they are reported with
 * no cause. A head that ends a name (买卖合同纠纷) or stands bare (推动纠纷化解) gives nothing here.
 */
export function scanPhrases(text: string, model: DisputeModel): Candidate[] {
  const found: Candidate[] = [];
  const { heads, unlistedHeads, notHeadWhenFollowedBy, maxPhraseChars } = model.phrasing;
  for (let headStart = 0; headStart < text.length; headStart++) {
    const head = wordAt(text, headStart, heads);
    if (!head) continue;
    const end = headStart + head.length;
    if (wordAt(text, end, notHeadWhenFollowedBy)) continue;
    const runStart = hanRunStart(text, headStart, WINDOW);
    const name = longestUntil(model.names, text, end, runStart);
    const rule = mapByRule(text.slice(runStart, end), model);
    if (rule) found.push({ start: end - rule.length, end, node: rule.node, family: 'civil', generic: false, via: 'phrase', mapped: true });
    if (rule || (name && name[1] > head.length) || !unlistedHeads.includes(head)) continue;
    const start = Math.max(phraseStart(text, runStart, headStart, model), headStart - maxPhraseChars);
    if (headStart - start < 2) continue;
    const node = mapByRewrite(text.slice(start, end), model)?.node ?? null;
    found.push({ start, end, node, family: 'civil', generic: false, via: 'phrase', mapped: node !== null });
  }
  return found;
}
