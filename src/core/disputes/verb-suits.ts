import type { Candidate } from './candidate.js';
import type { CompiledVerbSuit, DisputeModel } from './model.js';
import { sentenceAround } from './text.js';
import type { VerbSuitContext } from './tables.js';

/** How far before or after a claim a suit verb is looked for. */
const SUIT_REACH = 40;

/**
 * True when the claim at `start`–`end` is made in a suit: a suit verb or suit word (原告, 请求判令)
 * stands near it in its sentence, before it, inside it or after it.
 */
export function inSuit(text: string, start: number, end: number, model: DisputeModel): boolean {
  const sentence = sentenceAround(text, start);
  // "诉至法院，要求…" puts the suit verb first, "以…侵犯其名誉权为由诉至法院" after the claim.
  const near = text.slice(Math.max(sentence.start, start - SUIT_REACH), Math.min(sentence.end, end + SUIT_REACH));
  return [...model.phrasing.suitTriggers, ...model.phrasing.suitContextWords].some((word) => near.includes(word));
}

function counts(text: string, start: number, end: number, context: VerbSuitContext, model: DisputeModel): boolean {
  if (context === 'any') return true;
  if (context === 'enforcement') {
    const sentence = sentenceAround(text, start);
    return text.slice(sentence.start, sentence.end).includes('执行');
  }
  return inSuit(text, start, end, model);
}

function patternSuits(text: string, suit: CompiledVerbSuit, model: DisputeModel): Candidate[] {
  suit.pattern.lastIndex = 0;
  return [...text.matchAll(suit.pattern)]
    .filter((match) => counts(text, match.index, match.index + match[0].length, suit.context, model))
    .map((match) => ({ start: match.index, end: match.index + match[0].length, node: suit.node, family: suit.node.family, generic: false, via: 'verb-suit', mapped: false }));
}

/**
 * Suits and applications named by their verb (`起诉离婚`, `诉至法院要求离婚`, `要求支付抚养费`,
 * `申请强制执行`). A claim (`要求…抚养费`) counts only near a suit verb in its
 * sentence, so the same claim made in an enforcement application is not read as a new suit.
 */
export function scanVerbSuits(text: string, model: DisputeModel): Candidate[] {
  return model.verbSuits.flatMap((suit) => patternSuits(text, suit, model));
}
