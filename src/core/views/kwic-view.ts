import { t, type Lang } from '../../i18n/strings.js';
import type { AnalysedCorpus } from '../corpus.js';
import { concordanceLine } from '../keywords/kwic.js';
import { forEachOccurrence, sourcesOf, type TermOccurrence } from '../keywords/occurrences.js';
import type { TermOptions } from '../keywords/term-options.js';
import type { TokenCache } from '../keywords/token-cache.js';
import { exclusionOf } from '../keywords/word-filter.js';
import { foldChar } from '../normalise.js';
import type { ViewTable } from '../view/view-table.js';

/** Options of the concordance view. */
export interface KwicViewOptions extends TermOptions {
  /** Label language. */
  lang: Lang;
  /** Segmented articles (the injected segmenter and its cache). */
  tokens: TokenCache;
  /** The word to find, as typed (full-width letters and digits fold like body text). */
  term: string;
  /** Characters of context on each side. */
  width: number;
}

/** A term as typed, trimmed and folded like normalised body text. */
export function normaliseTerm(term: string): string {
  return [...term.trim()].map(foldChar).join('');
}

/**
 * A keyword-in-context concordance: one row per occurrence of the word, in file, article and
 * source order, with `width` characters of source context each side. It finds exactly the
 * occurrences the keywords view counts for the word under the same options; when the word is
 * one the keywords view leaves out (a stopword, too short …), its occurrences are still listed
 * and `meta.excluded` says why it is not counted.
 */
export function buildKwicView(corpus: AnalysedCorpus, options: KwicViewOptions): ViewTable {
  const term = normaliseTerm(options.term);
  const sources = sourcesOf(corpus);
  const order = new Map(corpus.articles.map((article, i) => [article, i]));
  const hits: TermOccurrence[] = [];
  forEachOccurrence(corpus, options.tokens, options, (occurrence) => {
    if (occurrence.term === term) hits.push(occurrence);
  });
  // Articles come in corpus order already; a headline may stand after its body in the source.
  hits.sort((a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || a.span.start - b.span.start);
  return {
    id: 'kwic',
    title: `${t('view.kwic', options.lang)}: ${term}`,
    columns: [
      { key: 'file', label: t('column.file', options.lang), type: 'text' },
      { key: 'article', label: t('column.article', options.lang), type: 'integer' },
      { key: 'left', label: t('column.left', options.lang), type: 'text' },
      { key: 'term', label: t('column.term', options.lang), type: 'text' },
      { key: 'right', label: t('column.right', options.lang), type: 'text' },
      { key: 'offset', label: t('column.offset', options.lang), type: 'integer' },
    ],
    rows: hits.map((hit) => ({
      file: hit.article.file,
      article: hit.article.index,
      ...concordanceLine(sources.get(hit.article.file) ?? '', hit.span, options.width),
      offset: hit.span.start,
    })),
    meta: {
      term,
      occurrences: hits.length,
      articles: new Set(hits.map((hit) => hit.article)).size,
      excluded: exclusionOf(term, options),
      width: options.width,
      segmenter: options.tokens.segmenter.name,
      pos: options.pos ? [...options.pos] : null,
      includeHeadlines: options.includeHeadlines,
    },
  };
}
