import type { Candidate } from './candidate.js';
import { longestUntil } from './lexicon.js';
import type { DisputeModel } from './model.js';
import { chooseStem } from './stem-choice.js';
import { wordAt, wordBefore } from './text.js';

/**
 * A bare stem before a case noun: `民间借贷案件`, `民间借贷类案件`, `盗窃案`, `执行异议案件`. A
 * one-character noun followed by a character that makes another word (案由, 案款, 案例) is skipped.
 */
export function scanCaseNouns(text: string, model: DisputeModel): Candidate[] {
  const found: Candidate[] = [];
  const { caseNouns, notCaseNounWhenFollowedBy, caseNounFillers } = model.phrasing;
  for (let nounStart = 0; nounStart < text.length; nounStart++) {
    const noun = wordAt(text, nounStart, caseNouns);
    if (!noun) continue;
    const end = nounStart + noun.length;
    if (noun.length === 1 && wordAt(text, end, notCaseNounWhenFollowedBy)) continue;
    const filler = wordBefore(text, nounStart, caseNounFillers);
    const stemEnd = nounStart - (filler?.length ?? 0);
    const stem = longestUntil(model.stems, text, stemEnd, 0);
    const entry = stem ? chooseStem(stem[0]) : undefined;
    if (!stem || !entry) continue;
    found.push({ start: stemEnd - stem[1], end, node: entry.node, family: entry.family, generic: entry.kind === 'generic', via: 'case-noun', mapped: false });
    nounStart = end - 1;
  }
  return found;
}
