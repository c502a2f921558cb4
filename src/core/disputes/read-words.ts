import { longestUntil, type LexEntry } from './lexicon.js';
import type { DisputeModel } from './model.js';
import { chooseStem } from './stem-choice.js';
import type { DisputeFamily } from './taxonomy.js';
import { mapByRewrite, mapByRule } from './unlisted-mapping.js';

/** How a run of words names a case type. */
export type ReadingKind =
  /** The words are a stem (婚约财产, 盗窃, 物业服务 as a weak stem): no judgement involved. */
  | 'whole'
  /** They end in a stem after words of their own (老年人赡养 → 赡养纠纷). */
  | 'tail'
  /** A rule of `unlisted-rules.tsv` maps them (草场承包 → 土地承包经营权纠纷). */
  | 'rule'
  /** A rewrite of `unlisted-rewrites.tsv` does (牲畜买卖 → 买卖合同纠纷). */
  | 'rewrite';

/** What a run of words names. */
export interface WordsReading {
  /** The entry read (its node is the cause; null for an umbrella word). */
  entry: LexEntry;
  /** How it was read. */
  kind: ReadingKind;
  /** Offset in the words where the words that name it start (0 when they all do). */
  start: number;
  /** True when read from a weak stem (物业服务), which lists accept only before a case head. */
  weak: boolean;
}

/** What a reader may accept. */
export interface ReadOptions {
  /** Family the context asks for (`…等犯罪` → criminal). */
  family?: DisputeFamily;
  /** True to accept that family only. */
  strict?: boolean;
  /** True to read weak stems too (物业服务 for 物业服务合同纠纷): lists only. */
  weak?: boolean;
}

function ruleEntry(node: LexEntry['node'], surface: string): LexEntry {
  return { surface, node, family: 'civil', kind: 'alias' };
}

function stemReading(words: string, model: DisputeModel, options: ReadOptions): WordsReading | undefined {
  const lexicons = options.weak ? [model.stems, model.weakStems] : [model.stems];
  let best: WordsReading | undefined;
  for (const lexicon of lexicons) {
    const match = longestUntil(lexicon, words, words.length, 0);
    if (!match) continue;
    const entries = options.strict ? match[0].filter((e) => e.family === options.family) : match[0];
    const entry = chooseStem(entries, options.family);
    const start = words.length - match[1];
    if (entry && (!best || start < best.start)) best = { entry, kind: start === 0 ? 'whole' : 'tail', start, weak: lexicon === model.weakStems };
  }
  return best;
}

/**
 * What a run of words standing for a case type names (pure): a stem, a stem after words of its
 * own, or a civil cause by rule or rewrite of the words with 纠纷 after them. The reading that
 * covers most of the words wins (网络购物合同 is read by its rule, not by the stem 合同), a stem
 * before a rule of the same reach. Undefined when nothing of two or more characters names a type.
 */
export function readWords(words: string, model: DisputeModel, options: ReadOptions = {}): WordsReading | undefined {
  if (words.length < 2) return undefined;
  const readings: WordsReading[] = [];
  const stem = stemReading(words, model, options);
  if (stem) readings.push(stem);
  if (!options.strict || options.family === 'civil') {
    const phrase = `${words}纠纷`;
    const rule = mapByRule(phrase, model);
    const rewrite = mapByRewrite(phrase, model);
    if (rule) readings.push({ entry: ruleEntry(rule.node, words), kind: 'rule', start: phrase.length - rule.length, weak: false });
    if (rewrite) readings.push({ entry: ruleEntry(rewrite.node, words), kind: 'rewrite', start: phrase.length - rewrite.length, weak: false });
  }
  const usable = readings.filter((r) => words.length - r.start >= 2 && r.start >= 0);
  return usable.sort((a, b) => a.start - b.start)[0];
}

/** True when a reading involved judgement (a rule, a rewrite, or words beyond the stem). */
export function isMapped(reading: WordsReading): boolean {
  return reading.kind !== 'whole';
}
