import type { AnalysedCorpus, AnalysedArticle } from './corpus.js';
import { isInRegion } from './regions/region-names.js';

/**
 * Narrows a corpus to some articles before any view is built, so every view, the CLI and the TUI
 * apply the same filter the same way. Unset fields do not filter.
 */
export interface ArticleFilter {
  /** Keep articles whose file path contains this text. */
  file?: string;
  /** Keep articles with a case mention of this official cause or kind, or of any cause under it. */
  dispute?: string;
  /** Keep articles whose primary region is this unit or lies in it: a full name, short form or code (`包头市`, `包头`, `150200`). */
  region?: string;
}

/** True when the filter sets nothing. */
export function isEmptyFilter(filter: ArticleFilter): boolean {
  return Object.values(filter).every((value) => value === undefined || value === '');
}

/** Whether one article passes the filter. */
export function matchesFilter(article: AnalysedArticle, filter: ArticleFilter): boolean {
  if (filter.file && !article.file.includes(filter.file)) return false;
  if (filter.dispute && !article.disputes.some((m) => m.role === 'case' && (m.cause === filter.dispute || m.path.includes(filter.dispute as string)))) return false;
  if (filter.region && !isInRegion(article.primaryRegion, filter.region)) return false;
  return true;
}

/** The corpus with only the articles that pass the filter (files keep their summaries). */
export function applyFilter(corpus: AnalysedCorpus, filter: ArticleFilter): AnalysedCorpus {
  if (isEmptyFilter(filter)) return corpus;
  return { ...corpus, articles: corpus.articles.filter((article) => matchesFilter(article, filter)) };
}
