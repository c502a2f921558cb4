import type { KindCue } from './amount-rules.js';

/** A kind cue found in the text. */
export interface Hit {
  /** The cue. */
  cue: KindCue;
  /** Offset of its first character. */
  start: number;
  /** Offset just past it. */
  end: number;
}

// An act of a crime with 罪 or 案 closing the word run after it names a charge or a case
// (诈骗罪, 非法吸收公众存款罪, 盗窃案).
const CHARGE = /^\p{Script=Han}{0,6}?[罪案]/u;

/**
 * The cue in `[from, to)` ending nearest to `to`; at equal ends, the longest. With `skipCharges`
 * set, an occurrence inside the name of a charge or a case (诈骗罪, 挪用公款罪, 盗窃案) is passed
 * over: it names no act done to the money in the clause.
 */
export function nearestBefore(text: string, from: number, to: number, cues: readonly KindCue[], skipCharges = false): Hit | null {
  const window = text.slice(from, to);
  let best: Hit | null = null;
  for (const cue of cues) {
    let at = window.lastIndexOf(cue.word);
    const inCharge = (i: number): boolean => CHARGE.test(text.slice(from + i + cue.word.length, from + i + cue.word.length + 7));
    while (skipCharges && at >= 0 && inCharge(at)) at = at > 0 ? window.lastIndexOf(cue.word, at - 1) : -1;
    if (at < 0) continue;
    const start = from + at;
    const end = start + cue.word.length;
    if (!best || end > best.end || (end === best.end && start < best.start)) best = { cue, start, end };
  }
  return best;
}

/** The cue in `[from, to)` starting nearest to `from`; at equal starts, the longest. */
export function nearestAfter(text: string, from: number, to: number, cues: readonly KindCue[]): Hit | null {
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

/** The longest cue starting exactly at `at`, or null. */
export function cueStartingAt(text: string, at: number, cues: readonly KindCue[]): Hit | null {
  let best: Hit | null = null;
  for (const cue of cues) {
    if (text.startsWith(cue.word, at) && (!best || cue.word.length > best.end - best.start)) best = { cue, start: at, end: at + cue.word.length };
  }
  return best;
}

// Words joining the names of a list (货款及利息, 医疗费、误工费): a sum after it counts under the first.
const JOINERS = ['以及', '及其', '及', '和', '与', '、'];

/** The first name of the list of names, joined by 及, 和, 与 or 、, that ends with `hit` (货款及利息 → 货款). */
export function headOfList(text: string, from: number, hit: Hit, names: readonly KindCue[]): Hit {
  let head = hit;
  for (;;) {
    const joiner = JOINERS.find((word) => text.startsWith(word, head.start - word.length));
    const before = joiner ? nearestBefore(text, from, head.start - joiner.length, names) : null;
    if (!joiner || !before || before.end !== head.start - joiner.length) return head;
    head = before;
  }
}
