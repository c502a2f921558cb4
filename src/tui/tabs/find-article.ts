import type { AnalysedArticle, AnalysedCorpus } from '../../core/corpus.js';
import type { ViewRow } from '../../core/view/view-table.js';

/** The article a row names by its `file` and `index` (or `article`) cells. */
export function articleOfRow(corpus: AnalysedCorpus, row: ViewRow | undefined): AnalysedArticle | null {
  if (!row) return null;
  const index = typeof row.index === 'number' ? row.index : row.article;
  return corpus.articles.find((a) => a.file === row.file && a.index === index) ?? null;
}
