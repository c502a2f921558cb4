import type { Article } from '../article.js';
import type { RegionData } from './region-data.js';
import { resolveFileRegions, type ArticleRegions } from './resolve-file.js';
import type { RegionPlace } from './region-types.js';

/**
 * The province most articles' primary regions lie in, or null when none leads (a tie, or no
 * article placed). Province codes are the 6-digit ones (`150000`).
 */
export function dominantProvince(primaries: readonly (RegionPlace | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const place of primaries) {
    const province = place?.within.at(-1);
    if (province) counts.set(province, (counts.get(province) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && (!second || first[1] > second[1]) ? first[0] : null;
}

/** One file's articles with what the resolver found in them, and the file's text. */
export interface FileRegions<A extends Article & ArticleRegions> {
  /** The file's decoded source text. */
  source: string;
  /** Its articles. */
  articles: A[];
}

/**
 * The corpus-level pass: names the article and its page left ambiguous are tried once more
 * against the corpus's dominant province. Files without an ambiguous name come back unchanged.
 */
export function refineWithCorpus<A extends Article & ArticleRegions>(files: readonly FileRegions<A>[], data: RegionData): A[][] {
  const province = dominantProvince(files.flatMap((file) => file.articles.map((article) => article.primaryRegion)));
  return files.map((file) => {
    const open = file.articles.some((article) => article.regions.some((mention) => mention.status === 'ambiguous'));
    if (!province || !open) return file.articles;
    const again = resolveFileRegions(file.articles, file.source, data, { dominantProvince: province });
    return file.articles.map((article, i) => ({ ...article, ...(again[i] as ArticleRegions) }));
  });
}
