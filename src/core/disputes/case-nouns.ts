import { wordAt, wordBefore } from '../word-lists.js';
import { wordsStart } from './boundaries.js';
import type { Candidate } from './candidate.js';
import { longestUntil } from './lexicon.js';
import type { DisputeModel } from './model.js';
import { readWords } from './read-words.js';
import { chooseStem } from './stem-choice.js';

/** A case noun at a position: its words, whether it names a crime, and whether it belongs in the span. */
interface Noun {
  noun: string;
  criminal: boolean;
  inSpan: boolean;
}

function nounAt(text: string, position: number, model: DisputeModel): Noun | undefined {
  const { caseNouns, criminalCaseNouns, joinedSuitNouns, notCaseNounWhenFollowedBy, notCriminalNounWhenFollowedBy } = model.phrasing;
  const joined = wordAt(text, position, joinedSuitNouns);
  if (joined) return { noun: joined, criminal: true, inSpan: false };
  const criminal = wordAt(text, position, criminalCaseNouns);
  const plain = wordAt(text, position, caseNouns);
  if (criminal && (!plain || criminal.length >= plain.length)) {
    return wordAt(text, position + criminal.length, notCriminalNounWhenFollowedBy) ? undefined : { noun: criminal, criminal: true, inSpan: true };
  }
  if (!plain || (plain.length === 1 && wordAt(text, position + 1, notCaseNounWhenFollowedBy))) return undefined;
  return { noun: plain, criminal: false, inSpan: true };
}

/**
 * The cause of the words before a case noun that are no stem: a rule maps them wherever they start
 * (欠薪案件, 涉农民工工资案件, 拖欠货款案件), a rewrite only when it reads every word from the last
 * boundary (一起房屋租赁案件), so "保证案件质效" stays no 保证合同 case.
 */
function mappedWords(text: string, stemEnd: number, model: DisputeModel): Candidate | undefined {
  const { start } = wordsStart(text, stemEnd, model);
  const reading = readWords(text.slice(start, stemEnd), model, { family: 'civil', strict: true });
  if (!reading || !reading.entry.node || (reading.kind !== 'rule' && !(reading.kind === 'rewrite' && reading.start === 0))) return undefined;
  return { start: start + reading.start, end: stemEnd, node: reading.entry.node, family: 'civil', generic: false, via: 'case-noun', mapped: true };
}

/**
 * `涉X案件` with X no stem and no rule but a legal relation or a thing claimed (涉彩礼案件, 涉店铺转让
 * 案件): a case reported with no cause. X that names a trade or a group (涉企, 涉民生, 涉黑) gives none.
 */
function relationAfterUmbrella(text: string, stemEnd: number, model: DisputeModel): Candidate | undefined {
  const { start } = wordsStart(text, stemEnd, model);
  const umbrella = wordBefore(text, start, model.phrasing.umbrellaPrefixes);
  const words = text.slice(start, stemEnd);
  if (!umbrella || wordAt(text, start - umbrella.length, model.phrasing.umbrellaVerbs) || !model.phrasing.relationEndings.some((e) => words.endsWith(e))) return undefined;
  return { start, end: stemEnd, node: null, family: 'civil', generic: false, via: 'case-noun', mapped: false };
}

/**
 * A bare stem before a case noun: `民间借贷案件`, `民间借贷类案件`, `盗窃案`, `执行异议案件`,
 * `诈骗等犯罪`, `拒执犯罪案件` (a crime noun takes a criminal stem only). Before a suit joined to a
 * criminal case (`非法捕捞水产品刑事附带民事公益诉讼`) the stem alone is the charge's span, and the
 * suit's words are left to the other scans (民事公益诉讼 → 公益诉讼). A one-character noun
 * followed by a character that makes another word (案由, 案款, 案例) is skipped. Words that are no
 * stem may still be mapped by the unlisted rules (欠薪案件 → 追索劳动报酬纠纷), or after 涉 be a case
 * with no cause when they name a legal relation (涉彩礼案件).
 */
export function scanCaseNouns(text: string, model: DisputeModel): Candidate[] {
  const found: Candidate[] = [];
  for (let nounStart = 0; nounStart < text.length; nounStart++) {
    const noun = nounAt(text, nounStart, model);
    if (!noun) continue;
    const end = noun.inSpan ? nounStart + noun.noun.length : nounStart;
    const filler = wordBefore(text, nounStart, model.phrasing.caseNounFillers);
    const stemEnd = nounStart - (filler?.length ?? 0);
    const stem = longestUntil(model.stems, text, stemEnd, 0);
    const entries = stem ? stem[0].filter((e) => !noun.criminal || e.family === 'criminal') : [];
    const entry = chooseStem(entries, noun.criminal ? 'criminal' : undefined);
    if (stem && entry) {
      found.push({ start: stemEnd - stem[1], end, node: entry.node, family: entry.family, generic: entry.kind === 'generic', via: 'case-noun', mapped: false });
    } else if (!noun.criminal) {
      const words = mappedWords(text, stemEnd, model) ?? relationAfterUmbrella(text, stemEnd, model);
      if (!words) continue;
      found.push({ ...words, end });
    } else continue;
    if (noun.inSpan) nounStart = end - 1;
  }
  return found;
}
