import type { Candidate } from './candidate.js';
import type { CompiledVerbSuit, DisputeModel } from './model.js';
import { sentenceAround } from './text.js';

/** How far before or after a claim a suit verb is looked for. */
const SUIT_REACH = 40;

function counts(text: string, start: number, end: number, suit: CompiledVerbSuit, model: DisputeModel): boolean {
  if (suit.context === 'any') return true;
  const sentence = sentenceAround(text, start);
  if (suit.context === 'enforcement') return text.slice(sentence.start, sentence.end).includes('执行');
  // "诉至法院，要求…" puts the suit verb first, "以…侵犯其名誉权为由诉至法院" after the claim.
  const before = text.slice(Math.max(sentence.start, start - SUIT_REACH), start);
  const after = text.slice(end, Math.min(sentence.end, end + SUIT_REACH));
  return model.phrasing.suitTriggers.some((trigger) => before.includes(trigger) || after.includes(trigger));
}

/**
 * Suits and applications named by their verb (`起诉离婚`, `诉至法院要求离婚`, `要求支付抚养费`,
 * `申请强制执行`). A claim (`要求…抚养费`) counts only near a suit verb in its sentence, so the
 * same claim made in an enforcement application is not read as a new suit.
 */
export function scanVerbSuits(text: string, model: DisputeModel): Candidate[] {
  const found: Candidate[] = [];
  for (const suit of model.verbSuits) {
    suit.pattern.lastIndex = 0;
    for (const match of text.matchAll(suit.pattern)) {
      if (!counts(text, match.index, match.index + match[0].length, suit, model)) continue;
      found.push({ start: match.index, end: match.index + match[0].length, node: suit.node, family: suit.node.family, generic: false, via: 'verb-suit', mapped: false });
    }
  }
  return found;
}
