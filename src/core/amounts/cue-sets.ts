import type { AmountKind } from './amount-kind.js';
import type { AmountRules, KindCue } from './amount-rules.js';
import { shadowsOf, type Shadows } from './cue-search.js';
import { applicableCues } from './kind-topics.js';

// What a payment settles is a debt: never the court's costs, a fine or enforcement money itself.
export const NOT_DEBTS: ReadonlySet<AmountKind> = new Set(['诉讼费', '罚款', '执行款']);

/** The cues of each role that apply in one context. */
export interface CueSets {
  /** Acts of a crime. */
  frames: readonly KindCue[];
  /** Names, generic names and frames. */
  names: readonly KindCue[];
  /** Generic words. */
  weak: readonly KindCue[];
  /** Acts and debts. */
  acts: readonly KindCue[];
  /** Weak words, acts and debts: everything a name outranks. */
  lesser: readonly KindCue[];
  /** Frames, names and weak words that can say what a debt is. */
  debtNames: readonly KindCue[];
  /** For each cue word, the longer cue words ending in it, which hide it where they stand. */
  shadows: Shadows;
}

function cueSets(cues: readonly KindCue[]): CueSets {
  return {
    frames: cues.filter((cue) => cue.role === 'frame'),
    names: cues.filter((cue) => cue.role === 'name' || cue.role === 'frame' || cue.role === 'generic'),
    weak: cues.filter((cue) => cue.role === 'weak'),
    acts: cues.filter((cue) => cue.role === 'act' || cue.role === 'debt'),
    lesser: cues.filter((cue) => cue.role !== 'name' && cue.role !== 'frame' && cue.role !== 'generic'),
    debtNames: cues.filter((cue) => cue.role !== 'act' && cue.role !== 'debt' && !NOT_DEBTS.has(cue.kind)),
    shadows: shadowsOf(cues),
  };
}

// Cue sets by rules and setting, built once: every article of a corpus asks for the same few.
const SETS = new WeakMap<AmountRules, Map<string, CueSets>>();

/** The cue sets of one setting: in enforcement or not, in an article naming `topics`. */
export function cueSetsFor(rules: AmountRules, enforcement: boolean, topics: ReadonlySet<string>): CueSets {
  let byKey = SETS.get(rules);
  if (!byKey) {
    byKey = new Map();
    SETS.set(rules, byKey);
  }
  const key = `${enforcement}|${[...topics].sort().join('|')}`;
  let sets = byKey.get(key);
  if (!sets) {
    sets = cueSets(applicableCues(rules.kindCues, enforcement, topics));
    byKey.set(key, sets);
  }
  return sets;
}
