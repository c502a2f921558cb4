import { t, type Lang } from '../../i18n/strings.js';
import type { AnalysedCorpus } from '../corpus.js';
import { forEachOccurrence } from '../keywords/occurrences.js';
import { keyness, type ReferenceIdf } from '../keywords/reference-idf.js';
import { roundScore, TermTally } from '../keywords/term-stats.js';
import type { TermOptions } from '../keywords/term-options.js';
import type { TokenCache } from '../keywords/token-cache.js';
import { isCountable } from '../keywords/word-filter.js';
import { sortRows, type ViewColumn, type ViewRow, type ViewTable } from '../view/view-table.js';

/** Measures the keywords view can sort by. */
export const KEYWORD_SORTS = ['count', 'articles', 'tfidf', 'keyness'] as const;

/** One of `KEYWORD_SORTS`. */
export type KeywordSort = (typeof KEYWORD_SORTS)[number];

/** Options of the keywords view. */
export interface KeywordsViewOptions extends TermOptions {
  /** Label language. */
  lang: Lang;
  /** Segmented articles (the injected segmenter and its cache). */
  tokens: TokenCache;
  /** Rows to keep after sorting; 0 keeps all. */
  top: number;
  /** Measure to sort by, descending; ties by term in code-point order. */
  sort: KeywordSort;
  /** Reference IDFs; when given, a `keyness` column is added. */
  reference?: ReferenceIdf | null;
}

/**
 * One row per counted term: `term, count, articles, tfidf` (and `keyness` against a reference),
 * sorted by the chosen measure descending, then term.
 */
export function buildKeywordsView(corpus: AnalysedCorpus, options: KeywordsViewOptions): ViewTable {
  const { reference = null } = options;
  if (options.sort === 'keyness' && !reference) throw new Error('sorting by keyness needs a reference');
  const tally = new TermTally();
  const countable = new Map<string, boolean>();
  forEachOccurrence(corpus, options.tokens, options, ({ term, article }) => {
    let counts = countable.get(term);
    if (counts === undefined) countable.set(term, (counts = isCountable(term, options)));
    if (counts) tally.add(term, article);
  });
  const stats = tally.stats(corpus.articles.length);
  const rows: ViewRow[] = stats.map((s) => (reference ? { ...s, keyness: roundScore(keyness(s.term, s.count, reference)) } : { ...s }));
  const sorted = sortRows(rows, options.sort, 'term');
  const columns: ViewColumn[] = [
    { key: 'term', label: t('column.term', options.lang), type: 'text' },
    { key: 'count', label: t('column.count', options.lang), type: 'integer' },
    { key: 'articles', label: t('column.articles', options.lang), type: 'integer' },
    { key: 'tfidf', label: t('column.tfidf', options.lang), type: 'number' },
  ];
  if (reference) columns.push({ key: 'keyness', label: t('column.keyness', options.lang), type: 'number' });
  return {
    id: 'keywords',
    title: t('view.keywords', options.lang),
    columns,
    rows: options.top > 0 ? sorted.slice(0, options.top) : sorted,
    meta: {
      articles: corpus.articles.length,
      terms: stats.length,
      occurrences: stats.reduce((sum, s) => sum + s.count, 0),
      sort: options.sort,
      top: options.top,
      segmenter: options.tokens.segmenter.name,
      minLength: options.minLength,
      pos: options.pos ? [...options.pos] : null,
      includeHeadlines: options.includeHeadlines,
      stopwords: options.stopwords.size,
      idf: 'ln((1 + N) / (1 + df)) + 1',
      ...(reference ? { reference: reference.source } : {}),
    },
  };
}
