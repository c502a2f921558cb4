import type { Candidate } from './candidate.js';
import type { LexEntry } from './lexicon.js';
import { longestUntil } from './lexicon.js';
import type { DisputeModel } from './model.js';
import { hanRunStart, wordAt, wordBefore } from './text.js';
import { mapByRewrite, mapByRule } from './unlisted-mapping.js';

function civil(entries: readonly LexEntry[]): LexEntry | undefined {
  return entries.find((entry) => entry.family === 'civil' && entry.kind !== 'generic' && entry.node !== null);
}

/** Ends X may have: just before the verb, or before a party joiner (`因X与Y发生纠纷`). */
function xEnds(text: string, xStart: number, verbStart: number, model: DisputeModel): number[] {
  const ends = [verbStart];
  for (let p = xStart + 1; p < verbStart; p++) {
    if (wordAt(text, p, model.phrasing.causeClause.partyJoiners)) ends.push(p);
  }
  return ends;
}

/** The candidate X gives when it names a cause, with `start` at the words that name it. */
function readX(text: string, xStart: number, rawEnd: number, end: number, model: DisputeModel): Candidate | undefined {
  let xEnd = rawEnd;
  const { fillers } = model.phrasing.causeClause;
  for (let filler = wordBefore(text, xEnd, fillers); filler && xEnd - filler.length > xStart; filler = wordBefore(text, xEnd, fillers)) xEnd -= filler.length;
  if (xEnd - xStart < 2) return undefined;
  const x = text.slice(xStart, xEnd);
  const stem = longestUntil(model.stems, text, xEnd, xStart);
  const stemEntry = stem ? civil(stem[0]) : undefined;
  const rule = mapByRule(`${x}纠纷`, model);
  const ruleChars = rule ? rule.length - 2 : 0;
  const base = { end, family: 'civil', generic: false, via: 'cause-clause' } as const;
  if (stem && stemEntry && stem[1] >= ruleChars) return { ...base, start: xEnd - stem[1], node: stemEntry.node, mapped: false };
  if (rule && ruleChars > 0) return { ...base, start: xEnd - ruleChars, node: rule.node, mapped: true };
  const node = mapByRewrite(`${x}纠纷`, model)?.node;
  return node ? { ...base, start: xStart, node, mapped: true } : undefined;
}

/**
 * `因X发生纠纷` (also 产生/引发/引起, and `因X与Y发生纠纷`): X names the cause when X纠纷 is a civil
 * cause or alias (因买卖合同发生纠纷 → 买卖合同纠纷), or when a rule or rewrite maps it (因工程款结算
 * 产生纠纷 → 建设工程合同纠纷). X that names nothing (因琐事) gives no mention.
 */
export function scanCauseClauses(text: string, model: DisputeModel): Candidate[] {
  const found: Candidate[] = [];
  const { opener, verbs, maxChars } = model.phrasing.causeClause;
  for (let verbStart = 0; verbStart < text.length; verbStart++) {
    const verb = wordAt(text, verbStart, verbs);
    if (!verb) continue;
    let afterVerb = verbStart + verb.length;
    if (text[afterVerb] === '了' || text[afterVerb] === '的') afterVerb++;
    const head = wordAt(text, afterVerb, model.phrasing.heads);
    if (!head) continue;
    const openAt = text.lastIndexOf(opener, verbStart - 1);
    if (openAt < 0 || openAt < hanRunStart(text, verbStart, maxChars)) continue;
    const xStart = openAt + opener.length;
    for (const xEnd of xEnds(text, xStart, verbStart, model)) {
      const candidate = readX(text, xStart, xEnd, afterVerb + head.length, model);
      if (candidate) {
        found.push(candidate);
        break;
      }
    }
  }
  return found;
}
