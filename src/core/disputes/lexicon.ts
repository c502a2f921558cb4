import type { DisputeFamily, TaxonomyNode } from './taxonomy.js';

/** How a surface form relates to the case type it names. */
export type EntryKind = 'official' | 'alias' | 'generic';

/** A surface form the classifier recognises. */
export interface LexEntry {
  /** Words as written. */
  surface: string;
  /** Case type named, or null: an umbrella word ("(none)") or an old name with no single successor ("(unlisted)"). */
  node: TaxonomyNode | null;
  /** Family of the case type. */
  family: DisputeFamily;
  /** Official name, informal name, or umbrella word. */
  kind: EntryKind;
}

/** Surface forms by text, with their prefixes and suffixes so lookups stop as soon as nothing can match. */
export interface Lexicon<T> {
  /** Entries by surface. */
  readonly map: ReadonlyMap<string, T>;
  /** Length of the longest surface. */
  readonly maxLength: number;
  /** Every non-empty prefix of every surface. */
  readonly prefixes: ReadonlySet<string>;
  /** Every non-empty suffix of every surface. */
  readonly suffixes: ReadonlySet<string>;
}

/** Builds a lexicon; the first entry given for a surface wins. */
export function makeLexicon<T>(pairs: Iterable<readonly [string, T]>): Lexicon<T> {
  const map = new Map<string, T>();
  const prefixes = new Set<string>();
  const suffixes = new Set<string>();
  let maxLength = 0;
  for (const [surface, value] of pairs) {
    if (surface.length === 0 || map.has(surface)) continue;
    map.set(surface, value);
    maxLength = Math.max(maxLength, surface.length);
    for (let i = 1; i <= surface.length; i++) {
      prefixes.add(surface.slice(0, i));
      suffixes.add(surface.slice(-i));
    }
  }
  return { map, maxLength, prefixes, suffixes };
}

/** The longest surface starting at `start` and ending by `limit`, with its length. */
export function longestFrom<T>(lexicon: Lexicon<T>, text: string, start: number, limit = text.length): [T, number] | undefined {
  let best: [T, number] | undefined;
  for (let length = 1; length <= Math.min(lexicon.maxLength, limit - start); length++) {
    const piece = text.slice(start, start + length);
    if (!lexicon.prefixes.has(piece)) break;
    const value = lexicon.map.get(piece);
    if (value !== undefined) best = [value, length];
  }
  return best;
}

/** The longest surface ending at `end` and starting at or after `floor`, with its length. */
export function longestUntil<T>(lexicon: Lexicon<T>, text: string, end: number, floor = 0): [T, number] | undefined {
  let best: [T, number] | undefined;
  for (let length = 1; length <= Math.min(lexicon.maxLength, end - floor); length++) {
    const piece = text.slice(end - length, end);
    if (!lexicon.suffixes.has(piece)) break;
    const value = lexicon.map.get(piece);
    if (value !== undefined) best = [value, length];
  }
  return best;
}

/** The surface and, when it holds 、, the same words without it (生命权身体权健康权纠纷). */
export function withVariants(surface: string): string[] {
  return surface.includes('、') ? [surface, surface.replaceAll('、', '')] : [surface];
}

const STEM_ENDINGS: readonly string[] = ['纠纷', '案件'];

/**
 * The bare stem of a surface as it stands in lists and before case nouns: 买卖合同纠纷 → 买卖合同,
 * 执行异议案件 → 执行异议, 盗窃罪 → 盗窃; names ending in 争议 are their own stem (劳动争议).
 * Null when no stem of two or more characters is left.
 */
export function stemOf(surface: string, family: DisputeFamily): string | null {
  let stem: string | null = null;
  const ending = STEM_ENDINGS.find((e) => surface.endsWith(e));
  if (ending) stem = surface.slice(0, -ending.length);
  else if (surface.endsWith('争议')) stem = surface;
  else if (family === 'criminal' && surface.endsWith('罪')) stem = surface.slice(0, -1);
  return stem !== null && stem.length >= 2 ? stem : null;
}
