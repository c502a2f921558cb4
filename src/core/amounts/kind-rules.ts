import type { Span } from '../span.js';
import type { AmountKind } from './amount-kind.js';
import type { AmountRules, KindCue } from './amount-rules.js';
import { clauseAround, sentenceAround } from './text-bounds.js';

/** The amount found just before in the same sentence, whose kind a bare follow-up shares. */
export interface PreviousAmount {
  /** Offset just past it. */
  end: number;
  /** Its kind. */
  kind: AmountKind;
}

interface Hit {
  cue: KindCue;
  start: number;
  end: number;
}

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

/**
 * The kind of the amount at `span`, from the words around it, in this order: a cue before it in
 * its clause (nearest wins); a cue after it in its clause (上百万元工程款); a cue before it in its
 * sentence, not reaching back past the previous amount; the previous amount's kind in the same
 * sentence (受理费2300，由原告负担300); else 其他. Cues marked `enforcement` count only in a
 * sentence about enforcement (当场给付6000元 there is 执行款), `otherwise` only elsewhere.
 */
export function classifyKind(text: string, span: Span, previous: PreviousAmount | null, rules: AmountRules): AmountKind {
  const sentence = sentenceAround(text, span.start);
  const clause = clauseAround(text, span.start);
  const afterClause = clauseAround(text, Math.max(span.start, span.end - 1));
  const sentenceText = text.slice(sentence.start, sentence.end);
  const enforcement = rules.enforcementWords.some((word) => sentenceText.includes(word));
  const cues = rules.kindCues.filter((cue) => cue.when === 'always' || (cue.when === 'enforcement') === enforcement);
  const floor = previous && previous.end > sentence.start ? previous.end : sentence.start;
  const hit =
    nearestBefore(text, Math.max(clause.start, floor), span.start, cues) ??
    nearestAfter(text, span.end, afterClause.end, cues) ??
    nearestBefore(text, floor, span.start, cues);
  if (hit) return hit.cue.kind;
  return previous && previous.end > sentence.start ? previous.kind : '其他';
}
