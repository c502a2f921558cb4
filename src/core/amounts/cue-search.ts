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
 * For each cue word, the longer cue words that end in it (费 → 收费, 医疗费 …): where one of them
 * stands, the shorter word is part of it and says nothing of its own.
 */
export type Shadows = ReadonlyMap<string, readonly string[]>;

/** The shadows among `cues` (see `Shadows`). */
export function shadowsOf(cues: readonly KindCue[]): Shadows {
  const words = [...new Set(cues.map((cue) => cue.word))];
  const shadows = new Map<string, string[]>();
  for (const word of words) {
    const longer = words.filter((other) => other.length > word.length && other.endsWith(word));
    if (longer.length > 0) shadows.set(word, longer);
  }
  return shadows;
}

/** How a search passes over occurrences that say nothing. */
export interface SearchOptions {
  /** Pass over a crime act inside the name of a charge or a case (诈骗罪, 盗窃案). */
  skipCharges?: boolean;
  /** Pass over a word that ends a longer cue where it stands (费 in 收费), whatever that cue's role. */
  shadows?: Shadows;
}

function hidden(text: string, start: number, word: string, options: SearchOptions): boolean {
  const end = start + word.length;
  if (options.skipCharges && CHARGE.test(text.slice(end, end + 7))) return true;
  const longer = options.shadows?.get(word);
  return longer !== undefined && longer.some((other) => text.startsWith(other, end - other.length));
}

/**
 * The cue in `[from, to)` ending nearest to `to`; at equal ends, the longest. Occurrences the
 * options hide are passed over (see `SearchOptions`).
 */
export function nearestBefore(text: string, from: number, to: number, cues: readonly KindCue[], options: SearchOptions = {}): Hit | null {
  const window = text.slice(from, to);
  let best: Hit | null = null;
  for (const cue of cues) {
    let at = window.lastIndexOf(cue.word);
    while (at >= 0 && hidden(text, from + at, cue.word, options)) at = at > 0 ? window.lastIndexOf(cue.word, at - 1) : -1;
    if (at < 0) continue;
    const start = from + at;
    const end = start + cue.word.length;
    if (!best || end > best.end || (end === best.end && start < best.start)) best = { cue, start, end };
  }
  return best;
}

/** The cue in `[from, to)` starting nearest to `from`; at equal starts, the longest. Hidden occurrences are passed over. */
export function nearestAfter(text: string, from: number, to: number, cues: readonly KindCue[], options: SearchOptions = {}): Hit | null {
  const window = text.slice(from, to);
  let best: Hit | null = null;
  for (const cue of cues) {
    let at = window.indexOf(cue.word);
    while (at >= 0 && hidden(text, from + at, cue.word, options)) at = window.indexOf(cue.word, at + 1);
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

// Words that may qualify a name after a joiner (经济损失及合理维权费用): up to four, all Han.
const MODIFIER_LENGTH = 4;
const HAN = /^\p{Script=Han}*$/u;

/** Where the joiner before `start` begins, across a short modifier (及**合理维权**费用), or null. */
function joinerBefore(text: string, from: number, start: number): number | null {
  for (let gap = 0; gap <= MODIFIER_LENGTH && start - gap > from; gap++) {
    if (!HAN.test(text.slice(start - gap, start))) return null;
    const joiner = JOINERS.find((word) => text.startsWith(word, start - gap - word.length));
    if (joiner) return start - gap - joiner.length;
  }
  return null;
}

/**
 * Whether a joiner of a list ends right at `at`: a sum standing there (租金及100元留购价款) opens a
 * new member of the list, so the name right after it is its own, not the list's first.
 */
export function joinerEndsAt(text: string, at: number): boolean {
  return JOINERS.some((word) => text.startsWith(word, at - word.length));
}

/**
 * The first name of the list of names, joined by 及, 和, 与 or 、, that ends with `hit` (货款及利息 →
 * 货款; 经济损失及合理维权费用 → 损失, a short modifier after the joiner allowed).
 */
export function headOfList(text: string, from: number, hit: Hit, names: readonly KindCue[], options: SearchOptions = {}): Hit {
  let head = hit;
  for (;;) {
    const joiner = joinerBefore(text, from, head.start);
    const before = joiner === null ? null : nearestBefore(text, from, joiner, names, options);
    if (joiner === null || !before || before.end !== joiner) return head;
    head = before;
  }
}

/**
 * The name a generic fee word belongs to: `hit` itself unless it is `generic` and another name
 * ends right where it starts (增殖放流费用 is the 增殖放流 fee, 赔偿费用 a 赔偿); then that name,
 * spanning both.
 */
export function ownerOf(text: string, from: number, hit: Hit, names: readonly KindCue[], options: SearchOptions = {}): Hit {
  if (hit.cue.role !== 'generic') return hit;
  const owner = nearestBefore(text, from, hit.start, names, options);
  return owner && owner.end === hit.start && owner.cue.role !== 'generic' ? { ...owner, end: hit.end } : hit;
}
