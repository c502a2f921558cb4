import type { Span } from '../span.js';
import type { AmountKind } from './amount-kind.js';
import type { AmountRules } from './amount-rules.js';
import { cueStartingAt, headOfList, joinerEndsAt, nearestAfter, nearestBefore, ownerOf, type Hit } from './cue-search.js';
import { cueSetsFor, NOT_DEBTS, type CueSets } from './cue-sets.js';
import { blankNotCues, enforcementReader } from './kind-context.js';
import { topicsNamed } from './kind-topics.js';
import { clauseAround, sentenceAround } from './text-bounds.js';

/** The amount found just before in the same sentence, whose kind a bare follow-up shares. */
export interface PreviousAmount {
  /** Offset just past it. */
  end: number;
  /** Its kind. */
  kind: AmountKind;
}

/**
 * Gives the kind of the amount at a span of the text it was made for, given the amount just before
 * it in its sentence and every amount found before it in the text.
 */
export type KindReader = (span: Span, previous: PreviousAmount | null, found?: readonly PreviousAmount[]) => AmountKind;

// 将 or 把 before a sum puts it before its verb (将3万元现金交给执行干警): the verb after it counts.
const DISPOSAL = /[将把]/;

/** Where a sum stands: the text before it and after it that may hold its cues. */
interface Window {
  from: number;
  to: number;
  afterFrom: number;
  afterTo: number;
}

/**
 * The deciding cue for a sum in `w`: a frame before it (骗取工人保证金17万元 is 标的), else, for
 * a sum right after a joiner, the name right after it, whose member of the list it opens
 * (租金及100元留购价款 is 货款), else a name before it (the nearest, or the first of a list ending there: 货款及利息共计11.3万元 is 货款),
 * else a name after it, else the nearest weak word, act or debt before it, else a weak word right
 * after it (百万欠款, 3万元的债务). Acts and debts govern what follows them, so they are read
 * after the sum only when 将 or 把 stands before it (将3万元交至法院); a sum only promised is not
 * paid (剩余4.2万元于一周内付清).
 */
function decide(text: string, sets: CueSets, w: Window): Hit | null {
  const disposal = DISPOSAL.test(text.slice(w.from, w.to));
  const options = { shadows: sets.shadows };
  const name = nearestBefore(text, w.from, w.to, sets.names, options);
  const rightAfter = text[w.afterFrom] === '的' ? w.afterFrom + 1 : w.afterFrom;
  const joined = joinerEndsAt(text, w.to) ? cueStartingAt(text, rightAfter, sets.names) : null;
  return (
    nearestBefore(text, w.from, w.to, sets.frames, { ...options, skipCharges: true }) ??
    joined ??
    (name && headOfList(text, w.from, ownerOf(text, w.from, name, sets.names, options), sets.names, options)) ??
    nearestAfter(text, w.afterFrom, w.afterTo, sets.names, options) ??
    (disposal ? nearestAfter(text, w.afterFrom, w.afterTo, sets.acts, options) : null) ??
    nearestBefore(text, w.from, w.to, sets.lesser, options) ??
    cueStartingAt(text, rightAfter, sets.weak)
  );
}

/**
 * The debt a payment at `at` settles: the nearest word naming money before it in its sentence
 * (直接向工人支付劳务费，当天即兑付 → 劳务费), else what the nearest earlier sentence that names
 * one is about: the kind of its first sum that is a debt, as read in its own words (以进货为由向陈某
 * 借款5万元。此后仅归还2万元 → 借款, not the purpose 进货), else its first word naming money
 * (要求偿还借款及利息。…当场偿还 → 借款, not 利息).
 */
function debtNamed(text: string, at: number, sets: CueSets, found: readonly PreviousAmount[]): AmountKind | null {
  const own = sentenceAround(text, at);
  const options = { shadows: sets.shadows };
  const near = nearestBefore(text, own.start, at, sets.debtNames, options);
  if (near) return near.cue.kind;
  for (let boundary = own.start - 1; boundary >= 0; ) {
    const sentence = sentenceAround(text, boundary);
    const sum = found.find((amount) => amount.end > sentence.start && amount.end <= sentence.end && !NOT_DEBTS.has(amount.kind));
    if (sum) return sum.kind;
    const first = nearestAfter(text, sentence.start, sentence.end, sets.debtNames, options);
    if (first) return first.cue.kind;
    boundary = sentence.start - 1;
  }
  return null;
}

/**
 * A reader of kinds for one normalised text. The kind of a sum comes from the words around it, in
 * this order: the deciding cue in its clause (see `decide`: 拖欠桃款 is 货款, 支付5万元货款 is
 * 货款); the deciding cue before it in its sentence, not reaching back past the previous amount;
 * the previous amount's kind in the same sentence (受理费2300，由原告负担300); else 其他. Cues
 * marked `enforcement` count only when the sentence is about enforcement (see `enforcementReader`:
 * 当场给付6000元 there is 执行款), `otherwise` only elsewhere, and a topic's cues only in an
 * article that names the topic (see `applicableCues`: 补偿款 in a story of 征收 is 其他). A `debt`
 * cue gives the previous amount's kind in the sentence, else the kind of the debt the story named
 * before it (see `debtNamed`: 拖欠工资…当场支付5万元 is 工资), else its own kind.
 */
export function kindReader(source: string, rules: AmountRules): KindReader {
  const text = blankNotCues(source, rules.notCues);
  const topics = topicsNamed(text, rules.kindTopics);
  const inside = cueSetsFor(rules, true, topics);
  const outside = cueSetsFor(rules, false, topics);
  const tellsDebt = (sentence: Span): boolean => nearestAfter(text, sentence.start, sentence.end, outside.debtNames, { shadows: outside.shadows }) !== null;
  const inEnforcement = enforcementReader(text, rules, tellsDebt);
  return (span, previous, found = []) => {
    const sentence = sentenceAround(text, span.start);
    const clause = clauseAround(text, span.start);
    const afterClause = clauseAround(text, Math.max(span.start, span.end - 1));
    const sets = inEnforcement(sentence) ? inside : outside;
    const earlier = previous && previous.end > sentence.start ? previous : null;
    const floor = earlier ? earlier.end : sentence.start;
    const hit =
      decide(text, sets, { from: Math.max(clause.start, floor), to: span.start, afterFrom: span.end, afterTo: afterClause.end }) ??
      decide(text, sets, { from: floor, to: span.start, afterFrom: span.end, afterTo: span.end });
    if (!hit) return earlier ? earlier.kind : '其他';
    if (hit.cue.role !== 'debt') return hit.cue.kind;
    return earlier?.kind ?? debtNamed(text, hit.start, sets, found) ?? hit.cue.kind;
  };
}

/** The kind of the amount at `span` in `text` (see `kindReader`). */
export function classifyKind(text: string, span: Span, previous: PreviousAmount | null, rules: AmountRules): AmountKind {
  return kindReader(text, rules)(span, previous);
}
