import type { Candidate } from './candidate.js';
import type { DisputeModel } from './model.js';
import { sentenceAround } from './text.js';

/**
 * The candidates without the claims made inside an enclosing suit: a civil claim (`verb-suit`)
 * after a case of an enclosing cause in the same sentence is part of that suit, not a suit of its
 * own ("起诉离婚，并要求对方退还全部彩礼" is one divorce suit, not also a 婚约财产纠纷). Candidates are
 * in text order.
 */
export function withoutEnclosedClaims(text: string, candidates: readonly Candidate[], model: DisputeModel): Candidate[] {
  const { enclosingSuits } = model.phrasing;
  let enclosingSentenceEnd = -1;
  return candidates.filter((candidate) => {
    if (candidate.via === 'verb-suit' && candidate.family === 'civil' && candidate.start < enclosingSentenceEnd) return false;
    if (candidate.family === 'civil' && candidate.node && enclosingSuits.includes(candidate.node.name) && !candidate.generic) {
      enclosingSentenceEnd = sentenceAround(text, candidate.start).end;
    }
    return true;
  });
}
