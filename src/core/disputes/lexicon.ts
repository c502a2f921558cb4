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

/** A node of a character trie: the surfaces continuing with each next code unit, and the entry ending here. */
interface TrieNode<T> {
  readonly next: Map<number, TrieNode<T>>;
  value?: T;
}

/**
 * Surface forms by text, with tries read forwards and backwards, so that a lookup walks the text
 * a code unit at a time and stops as soon as nothing can match (it runs at every character of
 * every article: no string is made for it).
 */
export interface Lexicon<T> {
  /** Entries by surface. */
  readonly map: ReadonlyMap<string, T>;
  /** Surfaces read from their first code unit. */
  readonly forward: TrieNode<T>;
  /** Surfaces read from their last code unit. */
  readonly backward: TrieNode<T>;
}

function insert<T>(root: TrieNode<T>, surface: string, value: T, backward: boolean): void {
  let node = root;
  for (let i = 0; i < surface.length; i++) {
    const code = surface.charCodeAt(backward ? surface.length - 1 - i : i);
    let child = node.next.get(code);
    if (!child) {
      child = { next: new Map() };
      node.next.set(code, child);
    }
    node = child;
  }
  node.value = value;
}

/** Builds a lexicon; the first entry given for a surface wins. */
export function makeLexicon<T>(pairs: Iterable<readonly [string, T]>): Lexicon<T> {
  const map = new Map<string, T>();
  const forward: TrieNode<T> = { next: new Map() };
  const backward: TrieNode<T> = { next: new Map() };
  for (const [surface, value] of pairs) {
    if (surface.length === 0 || map.has(surface)) continue;
    map.set(surface, value);
    insert(forward, surface, value, false);
    insert(backward, surface, value, true);
  }
  return { map, forward, backward };
}

/** The longest surface starting at `start` and ending by `limit`, with its length. */
export function longestFrom<T>(lexicon: Lexicon<T>, text: string, start: number, limit = text.length): [T, number] | undefined {
  let best: [T, number] | undefined;
  let node: TrieNode<T> | undefined = lexicon.forward;
  for (let at = start; at < limit; at++) {
    node = node.next.get(text.charCodeAt(at));
    if (!node) break;
    if (node.value !== undefined) best = [node.value, at - start + 1];
  }
  return best;
}

/** The longest surface ending at `end` and starting at or after `floor`, with its length. */
export function longestUntil<T>(lexicon: Lexicon<T>, text: string, end: number, floor = 0): [T, number] | undefined {
  let best: [T, number] | undefined;
  let node: TrieNode<T> | undefined = lexicon.backward;
  for (let at = end - 1; at >= floor; at--) {
    node = node.next.get(text.charCodeAt(at));
    if (!node) break;
    if (node.value !== undefined) best = [node.value, end - at];
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
