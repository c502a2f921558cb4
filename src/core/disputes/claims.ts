import { wordAt } from '../word-lists.js';
import type { Candidate } from './candidate.js';
import { longestFrom } from './lexicon.js';
import type { DisputeModel } from './model.js';
import { readWords } from './read-words.js';
import { isHan } from './text.js';
import { inSuit } from './verb-suits.js';

/** Longest sum name read after a payment verb (`运输费`, `装修款`). */
const MAX_PAYMENT_CHARS = 8;

/** End of the claim that starts at `start`: the next character that is neither Han nor a list separator. */
function claimEnd(text: string, start: number, model: DisputeModel): number {
  let end = start;
  while (end < text.length && (isHan(text[end]) || model.phrasing.listSeparators.includes(text[end] as string))) end++;
  return end;
}

/** `at` moved past any run of `words`. */
function skipWords(text: string, at: number, words: readonly string[]): number {
  for (let word = wordAt(text, at, words); word; word = wordAt(text, at, words)) at += word.length;
  return at;
}

/** A civil stem at `at` long enough to name what is claimed (排除妨害, 追索劳动报酬). */
function stemAt(text: string, at: number, end: number, model: DisputeModel): Candidate | undefined {
  const stem = longestFrom(model.stems, text, at, end);
  const entry = stem?.[0].find((e) => e.family === 'civil' && e.kind !== 'generic' && e.node !== null);
  if (!stem || !entry || stem[1] < model.phrasing.minClaimStemChars) return undefined;
  return { start: at, end: at + stem[1], node: entry.node, family: 'civil', generic: false, via: 'verb-suit', mapped: false };
}

/** The stem claimed at `at` or after the claim verbs and fillers that follow (起诉要求被告排除妨害, 起诉追索劳动报酬). */
function claimedStem(text: string, at: number, end: number, skippable: readonly string[], model: DisputeModel): Candidate | undefined {
  for (let word: string | undefined = ''; word !== undefined; word = wordAt(text, at, skippable)) {
    at += word.length;
    const stem = stemAt(text, at, end, model);
    if (stem) return stem;
  }
  return undefined;
}

/** A sum named by what it pays for after a payment verb at `at` (支付拖欠的运输费 → 运输合同纠纷). */
function paymentAt(text: string, at: number, end: number, model: DisputeModel): Candidate | undefined {
  const { paymentVerbs, paymentModifiers, paymentEndings } = model.phrasing;
  const verb = wordAt(text, at, paymentVerbs);
  if (!verb) return undefined;
  const objectStart = skipWords(text, at + verb.length, paymentModifiers);
  for (let objectEnd = objectStart + 2; objectEnd <= Math.min(end, objectStart + MAX_PAYMENT_CHARS); objectEnd++) {
    const object = text.slice(objectStart, objectEnd);
    if (!paymentEndings.some((ending) => object.endsWith(ending))) continue;
    const reading = readWords(object, model, { family: 'civil', strict: true });
    if (!reading || !reading.entry.node || reading.entry.kind === 'generic') return undefined;
    return { start: at, end: objectEnd, node: reading.entry.node, family: 'civil', generic: false, via: 'verb-suit', mapped: reading.kind === 'rule' || reading.kind === 'rewrite' };
  }
  return undefined;
}

/**
 * What a suit claims, read after a suit or claim verb up to the end of the claim (its first claim
 * only: one suit, one cause): a civil stem at the start of the claim or of one of its 、-items (起诉追索劳动报酬, 要求其拆除搭建物、排除妨害), past
 * words such as 判令 or 被告; and a sum named by what it pays for (要求支付拖欠的运输费 → 运输合同纠纷),
 * read by the unlisted rules. Short stems are left to the patterns of `verb-suits.tsv` (要求离婚),
 * so an everyday two-character word after 要求 is never read as a suit. A claim counts only in a
 * sentence about a suit.
 */
export function scanClaims(text: string, model: DisputeModel): Candidate[] {
  const found: Candidate[] = [];
  const { suitTriggers, claimVerbs, claimFillers, listSeparators } = model.phrasing;
  const skippable = [...claimVerbs, ...claimFillers];
  for (let verbStart = 0; verbStart < text.length; verbStart++) {
    const trigger = wordAt(text, verbStart, suitTriggers);
    const verb = trigger ?? wordAt(text, verbStart, claimVerbs);
    if (!verb) continue;
    const end = claimEnd(text, verbStart + verb.length, model);
    for (let at = verbStart + verb.length; at < end; at++) {
      const itemStart = at === verbStart + verb.length || listSeparators.includes(text[at - 1] as string);
      const stem = itemStart ? claimedStem(text, at, end, skippable, model) : undefined;
      const claim = stem ?? paymentAt(text, at, end, model);
      if (!claim) continue;
      if (trigger || inSuit(text, verbStart, end, model)) found.push(stem && at === verbStart + verb.length ? { ...claim, start: verbStart } : claim);
      break;
    }
    verbStart = Math.max(verbStart, end - 1);
  }
  return found;
}
