import { maxAssignment } from './max-assignment.js';

/** A headline found on a page, with the articles it stands next to. */
export interface HeadlineSlot {
  /** Headline text. */
  text: string;
  /** Index of the article it stands directly before (nothing between them), or -1. */
  before: number;
  /** Index of the article it stands directly after, or -1. */
  after: number;
}

/** Bonus for standing next to an article: position counts before content. */
export const ADJACENT = 0.5;
/** Extra bonus for standing before rather than after, the usual layout, to break ties. */
export const BEFORE_TIE_BREAK = 0.02;
/** Least content similarity for a headline standing away from its article. */
export const MIN_DISTANT_SIMILARITY = 0.15;

const HAN_RUN = /[\u3400-\u9fff]+/g;

// Grams are numbers, not strings: a page's bodies hold thousands of them, and hanzi are all in
// the Basic Multilingual Plane, so a character is its code unit and a pair two of them.
function grams(text: string): { one: Set<number>; two: Set<number> } {
  const one = new Set<number>();
  const two = new Set<number>();
  for (const run of text.match(HAN_RUN) ?? []) {
    for (let i = 0; i < run.length; i++) {
      const code = run.charCodeAt(i);
      one.add(code);
      if (i + 1 < run.length) two.add(code * 0x10000 + run.charCodeAt(i + 1));
    }
  }
  return { one, two };
}

function overlap(headline: Set<number>, body: Set<number>, weight: (gram: number) => number): number {
  let total = 0;
  let shared = 0;
  for (const gram of headline) {
    const w = weight(gram);
    total += w;
    if (body.has(gram)) shared += w;
  }
  return total === 0 ? 0 : shared / total;
}

/**
 * Content similarity of each headline to each article body (0..1): the share of the headline's
 * hanzi bigrams and characters found in the body, each weighted by how few of the page's
 * articles contain it, so words every article shares (法院, 执行) decide little.
 */
export function similarities(headlines: readonly string[], bodies: readonly string[]): number[][] {
  const articleGrams = bodies.map(grams);
  const n = bodies.length;
  const df = new Map<number, number>();
  for (const { one, two } of articleGrams) {
    for (const gram of one) df.set(gram, (df.get(gram) ?? 0) + 1);
    for (const gram of two) df.set(gram, (df.get(gram) ?? 0) + 1);
  }
  const weight = (gram: number): number => Math.log((n + 1) / ((df.get(gram) ?? 0) + 0.5));
  return headlines.map((headline) => {
    const h = grams(headline);
    return articleGrams.map((a) => 0.6 * overlap(h.two, a.two, weight) + 0.4 * overlap(h.one, a.one, weight));
  });
}

/**
 * Gives each headline to at most one article and each article at most one headline, maximising
 * position bonus plus content similarity over the page. A headline next to no article needs
 * `MIN_DISTANT_SIMILARITY`; a headline no article fits stays unassigned (-1).
 */
export function assignHeadlines(slots: readonly HeadlineSlot[], bodies: readonly string[]): number[] {
  const sims = similarities(
    slots.map((slot) => slot.text),
    bodies,
  );
  const weights = slots.map((slot, h) =>
    bodies.map((_, a) => {
      const sim = sims[h]?.[a] ?? 0;
      if (slot.before === a) return ADJACENT + BEFORE_TIE_BREAK + sim;
      if (slot.after === a) return ADJACENT + sim;
      return sim >= MIN_DISTANT_SIMILARITY ? sim : 0;
    }),
  );
  return maxAssignment(weights);
}
