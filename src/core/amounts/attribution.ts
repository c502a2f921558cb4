/** The group a mention goes to when nothing attributes it. */
export const UNATTRIBUTED = '(unattributed)';

/** The role of a dispute mention that names a real case (not an organisation or a generic word). */
export const CASE_ROLE = 'case';

/** A dispute mention as amount attribution needs it, with its offset in the article's normalised text. */
export interface DisputeAnchor {
  /** Offset in the article's normalised text (`article.text`) where the mention begins. */
  start: number;
  /** The official cause it names (`买卖合同纠纷`). */
  cause: string;
  /** Its role; only `case` mentions take amounts. */
  role: string;
}

/** An article's primary region as amount attribution needs it. */
export interface PrimaryRegion {
  /** The name amounts are grouped under (`包头市`). */
  name: string;
}

/**
 * What other extractors tell the amounts view about an article. Unset (`undefined`) means the
 * extractor is not wired in, and `--by region` / `--by dispute` are refused; set, an article with
 * no region has `null` and one with no dispute mentions has `[]`.
 */
export interface AmountAttributionSources {
  /** The article's dispute mentions. */
  amountDisputes?: readonly DisputeAnchor[];
  /** The article's primary region, null when it has none. */
  amountRegion?: PrimaryRegion | null;
}

/**
 * The dispute an amount at offset `at` of `text` belongs to: the `case` mention nearest before it
 * in the same paragraph; else the article's only case dispute, when it names exactly one cause;
 * else `(unattributed)`.
 */
export function disputeOfAmount(text: string, at: number, anchors: readonly DisputeAnchor[]): string {
  const cases = anchors.filter((anchor) => anchor.role === CASE_ROLE);
  const paragraphStart = text.lastIndexOf('\n', at - 1) + 1;
  let nearest: DisputeAnchor | null = null;
  for (const anchor of cases) {
    if (anchor.start >= paragraphStart && anchor.start < at && (!nearest || anchor.start > nearest.start)) nearest = anchor;
  }
  if (nearest) return nearest.cause;
  const causes = new Set(cases.map((anchor) => anchor.cause));
  return causes.size === 1 ? ([...causes][0] as string) : UNATTRIBUTED;
}

/** The region an article's amounts belong to: its primary region, else `(unattributed)`. */
export function regionOfAmount(region: PrimaryRegion | null | undefined): string {
  return region?.name ?? UNATTRIBUTED;
}

/**
 * The offset in normalised text of the first character at or after `sourceOffset` in the source,
 * for mentions that only know their source span (`offsets` is the article's `NormalText.offsets`,
 * increasing). Returns the text length when the offset lies past the text.
 */
export function toNormalOffset(offsets: Int32Array, sourceOffset: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((offsets[mid] as number) < sourceOffset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether the articles carry what `--by region` or `--by dispute` needs. */
export function hasAttributionSource(articles: readonly AmountAttributionSources[], by: 'region' | 'dispute'): boolean {
  return articles.every((article) => (by === 'region' ? article.amountRegion !== undefined : article.amountDisputes !== undefined));
}
