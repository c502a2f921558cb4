import type { AmountKind } from '../amounts/amount-kind.js';
import type { AmountMention } from '../amounts/amount-mention.js';
import { amountAnchors, disputeOfAmount, regionOfAmount } from '../amounts/attribution.js';
import type { RegionLevel } from '../regions/region-types.js';
import { countedInTotals } from '../amounts/totals.js';
import type { AnalysedArticle } from '../corpus.js';

/** What the amounts view groups by. */
export const AMOUNT_GROUPINGS = ['kind', 'file', 'article', 'region', 'dispute'] as const;

/** One of `AMOUNT_GROUPINGS`. */
export type AmountGrouping = (typeof AMOUNT_GROUPINGS)[number];

/** A mention with its article, its group key and whether it counts in totals. */
export interface PlacedMention {
  /** The article it was found in. */
  article: AnalysedArticle;
  /** The mention. */
  mention: AmountMention;
  /** Whether it counts in totals (the first of its value and kind in its article). */
  inTotal: boolean;
  /** The group it belongs to. */
  key: string;
}

/** Key of an article in `--by article`: `file#index`. */
export function articleKey(article: Pick<AnalysedArticle, 'file' | 'index'>): string {
  return `${article.file}#${article.index}`;
}

function keyOf(by: AmountGrouping, level: RegionLevel, article: AnalysedArticle, mention: AmountMention): string {
  switch (by) {
    case 'kind':
      return mention.kind;
    case 'file':
      return article.file;
    case 'article':
      return articleKey(article);
    case 'region':
      return regionOfAmount(article.primaryRegion, level);
    case 'dispute':
      return disputeOfAmount(article.text, mention.start, amountAnchors(article.disputes));
  }
}

/**
 * Every mention of the articles in corpus order, keyed by `by` (regions at `level`); with `kinds`,
 * only mentions of those kinds. Whether a mention counts in totals is decided within its article
 * before filtering.
 */
export function placeMentions(articles: readonly AnalysedArticle[], by: AmountGrouping, kinds?: readonly AmountKind[], level: RegionLevel = 'city'): PlacedMention[] {
  const placed: PlacedMention[] = [];
  for (const article of articles) {
    const counted = countedInTotals(article.amounts);
    article.amounts.forEach((mention, i) => {
      if (kinds && kinds.length > 0 && !kinds.includes(mention.kind)) return;
      placed.push({ article, mention, inTotal: counted[i] === true, key: keyOf(by, level, article, mention) });
    });
  }
  return placed;
}

/** The sums of one group, in fen. */
export interface AmountGroup {
  /** Group key. */
  key: string;
  /** Every mention, repeats and vague ones included. */
  mentions: number;
  /** Vague mentions (counted, never summed). */
  vague: number;
  /** Mentions that count in totals. */
  summed: number;
  /** Distinct articles with a mention in the group. */
  articles: number;
  /** Sum of the stated values that count. */
  total: bigint;
  /** Sum of their lower bounds. */
  min: bigint;
  /** Sum of their upper bounds. */
  max: bigint;
  /** The first article of the group, for its headline. */
  firstArticle: AnalysedArticle;
}

/** Adds up placed mentions by key, in first-seen order. */
export function groupMentions(placed: readonly PlacedMention[]): AmountGroup[] {
  const groups = new Map<string, AmountGroup>();
  const seen = new Map<string, Set<AnalysedArticle>>();
  for (const { article, mention, inTotal, key } of placed) {
    let group = groups.get(key);
    if (!group) {
      group = { key, mentions: 0, vague: 0, summed: 0, articles: 0, total: 0n, min: 0n, max: 0n, firstArticle: article };
      groups.set(key, group);
      seen.set(key, new Set());
    }
    const articles = seen.get(key) as Set<AnalysedArticle>;
    group.mentions++;
    if (mention.vague) group.vague++;
    if (!articles.has(article)) {
      articles.add(article);
      group.articles++;
    }
    if (!inTotal) continue;
    group.summed++;
    group.total += BigInt(mention.fen as number);
    group.min += BigInt(mention.minFen as number);
    group.max += BigInt(mention.maxFen as number);
  }
  return [...groups.values()];
}
