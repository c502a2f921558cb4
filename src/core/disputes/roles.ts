import { wordAt } from '../word-lists.js';
import type { Candidate } from './candidate.js';
import type { DisputeModel } from './model.js';
import { isHan } from './text.js';

/** What a mention is. */
export type DisputeRole =
  /** A real case, or a case type the court handles. */
  | 'case'
  /** The type word inside an organisation's name (劳动争议诉裁调解工作室). */
  | 'organization'
  /** An umbrella word naming no single type (矛盾纠纷, 民商事纠纷). */
  | 'generic';

/** Han characters allowed between a type word and its organisation ending (劳动争议[诉前]调解中心). */
const ORGANIZATION_GAP = 4;

/** True when an organisation ending follows `end`, directly or after a few Han characters (not 的). */
export function endsInOrganization(text: string, end: number, model: DisputeModel): boolean {
  for (let gap = 0; gap <= ORGANIZATION_GAP; gap++) {
    if (gap > 0 && (!isHan(text[end + gap - 1]) || text[end + gap - 1] === '的')) return false;
    if (wordAt(text, end + gap, model.phrasing.organizationSuffixes)) return true;
  }
  return false;
}

/** The role of a settled candidate. */
export function roleOf(text: string, candidate: Candidate, model: DisputeModel): DisputeRole {
  if (candidate.via !== 'verb-suit' && endsInOrganization(text, candidate.end, model)) return 'organization';
  return candidate.generic ? 'generic' : 'case';
}
