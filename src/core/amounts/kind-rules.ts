import type { Span } from '../span.js';
import type { AmountKind } from './amount-kind.js';
import type { AmountRules, KindCue } from './amount-rules.js';
import { blankNotCues, inEnforcement } from './kind-context.js';
import { clauseAround, sentenceAround } from './text-bounds.js';

/** The amount found just before in the same sentence, whose kind a bare follow-up shares. */
export interface PreviousAmount {
  /** Offset just past it. */
  end: number;
  /** Its kind. */
  kind: AmountKind;
}

/** Gives the kind of the amount at a span of the text it was made for. */
export type KindReader = (span: Span, previous: PreviousAmount | null) => AmountKind;

interface Hit {
  cue: KindCue;
  start: number;
  end: number;
}

// What a payment settles is a debt: never the court's costs, a fine or enforcement money itself.
const NOT_DEBTS: ReadonlySet<AmountKind> = new Set(['诉讼费', '罚款', '执行款']);

/** The cue in `[from, to)` ending nearest to `to`; at equal ends, the longest. */
function nearestBefore(text: string, from: number, to: number, cues: readonly KindCue[]): Hit | null {
  const window = text.slice(from, to);
  let best: Hit | null = null;
  for (const cue of cues) {
    const at = window.lastIndexOf(cue.word);
    if (at < 0) continue;
    const start = from + at;
    const end = start + cue.word.length;
    if (!best || end > best.end || (end === best.end && start < best.start)) best = { cue, start, end };
  }
  return best;
}

/** The cue in `[from, to)` starting nearest to `from`; at equal starts, the longest. */
function nearestAfter(text: string, from: number, to: number, cues: readonly KindCue[]): Hit | null {
  const window = text.slice(from, to);
  let best: Hit | null = null;
  for (const cue of cues) {
    const at = window.indexOf(cue.word);
    if (at < 0) continue;
    const start = from + at;
    const end = start + cue.word.length;
    if (!best || start < best.start || (start === best.start && end > best.end)) best = { cue, start, end };
  }
  return best;
}

/** The cues of each role that apply in one context. */
interface CueSets {
  names: readonly KindCue[];
  weak: readonly KindCue[];
  /** Weak words, acts and debts: everything a name outranks. */
  lesser: readonly KindCue[];
  /** Names and weak words that can say what a debt is. */
  debts: readonly KindCue[];
}

function cueSets(cues: readonly KindCue[]): CueSets {
  return {
    names: cues.filter((cue) => cue.role === 'name'),
    weak: cues.filter((cue) => cue.role === 'weak'),
    lesser: cues.filter((cue) => cue.role !== 'name'),
    debts: cues.filter((cue) => (cue.role === 'name' || cue.role === 'weak') && !NOT_DEBTS.has(cue.kind)),
  };
}

/**
 * The deciding cue for a sum with `[from, to)` before it and `[afterFrom, afterTo)` after it: a
 * name before it (nearest), else a name after it, else the nearest weak word, act or debt before
 * it, else a weak word after it. Acts and debts govern what follows them, so they are not read
 * after the sum (剩余4.2万元于一周内付清).
 */
function decide(text: string, sets: CueSets, from: number, to: number, afterFrom: number, afterTo: number): Hit | null {
  return (
    nearestBefore(text, from, to, sets.names) ??
    nearestAfter(text, afterFrom, afterTo, sets.names) ??
    nearestBefore(text, from, to, sets.lesser) ??
    nearestAfter(text, afterFrom, afterTo, sets.weak)
  );
}

/**
 * A reader of kinds for one normalised text. The kind of a sum comes from the words around it, in
 * this order: the deciding cue in its clause (see `decide`: 拖欠桃款 is 货款, 支付5万元货款 is
 * 货款); the deciding cue before it in its sentence, not reaching back past the previous amount;
 * the previous amount's kind in the same sentence (受理费2300，由原告负担300); else 其他. Cues
 * marked `enforcement` count only when the sentence is about enforcement (see `inEnforcement`:
 * 当场给付6000元 there is 执行款), `otherwise` only elsewhere. A `debt` cue gives the previous
 * amount's kind in the sentence, else the kind of the nearest name before it in the text (the
 * debt the story is about: 拖欠工资…当场支付5万元 is 工资), else its own kind.
 */
export function kindReader(source: string, rules: AmountRules): KindReader {
  const text = blankNotCues(source, rules.notCues);
  const inside = cueSets(rules.kindCues.filter((cue) => cue.when !== 'otherwise'));
  const outside = cueSets(rules.kindCues.filter((cue) => cue.when !== 'enforcement'));
  return (span, previous) => {
    const sentence = sentenceAround(text, span.start);
    const clause = clauseAround(text, span.start);
    const afterClause = clauseAround(text, Math.max(span.start, span.end - 1));
    const sets = inEnforcement(text, sentence, rules) ? inside : outside;
    const earlier = previous && previous.end > sentence.start ? previous : null;
    const floor = earlier ? earlier.end : sentence.start;
    const hit = decide(text, sets, Math.max(clause.start, floor), span.start, span.end, afterClause.end) ?? decide(text, sets, floor, span.start, span.end, span.end);
    if (!hit) return earlier ? earlier.kind : '其他';
    if (hit.cue.role !== 'debt') return hit.cue.kind;
    return earlier?.kind ?? nearestBefore(text, 0, hit.start, sets.debts)?.cue.kind ?? hit.cue.kind;
  };
}

/** The kind of the amount at `span` in `text` (see `kindReader`). */
export function classifyKind(text: string, span: Span, previous: PreviousAmount | null, rules: AmountRules): AmountKind {
  return kindReader(text, rules)(span, previous);
}
