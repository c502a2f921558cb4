import { forEachOccurrence } from '../../core/keywords/occurrences.js';
import { toNormalSpan } from '../../core/normalise.js';
import { buildKeywordsView, type KeywordSort } from '../../core/views/keywords-view.js';
import { buildKwicView } from '../../core/views/kwic-view.js';
import type { Span } from '../../core/span.js';
import type { DrillTarget, TabContext, TabSpec } from './tab-spec.js';

/** Characters of context on each side of a concordance line. */
const KWIC_WIDTH = 20;

/** The concordance behind a keyword: one row per occurrence, each opening its article there. */
function concordance(ctx: TabContext, term: string) {
  const words = ctx.words;
  if (!words) return null;
  const options = { ...words.options, lang: ctx.lang, tokens: words.tokens };
  const view = buildKwicView(ctx.corpus, { ...options, term, width: KWIC_WIDTH });
  const spans = new Map<string, { article: DrillTarget['article']; span: Span }>();
  forEachOccurrence(ctx.corpus, words.tokens, options, (o) => {
    if (o.term === term) spans.set(`${o.article.file}\u0000${o.article.index}\u0000${o.span.start}`, { article: o.article, span: o.span });
  });
  const targets = view.rows.flatMap((row) => {
    const hit = spans.get(`${String(row.file)}\u0000${String(row.article)}\u0000${String(row.offset)}`);
    if (!hit) return [];
    const local = toNormalSpan(hit.article, hit.span);
    return [{ article: hit.article, highlights: local ? [local] : [] }];
  });
  return { crumb: term, view, targets };
}

/** Keywords: counted words; Enter opens the word's concordance, and a line there its article. */
export const keywordsTab: TabSpec = {
  id: 'keywords',
  title: 'tab.keywords',
  options: [{ name: 'sort', hotkey: 's', values: ['count', 'articles', 'tfidf'], label: 'option.sort' }],
  build: (ctx, options) =>
    ctx.words ? buildKeywordsView(ctx.corpus, { ...ctx.words.options, lang: ctx.lang, tokens: ctx.words.tokens, top: 0, sort: options.sort as KeywordSort }) : null,
  nameKeys: ['term'],
  barKeys: ['count'],
  compactHide: ['tfidf'],
  drill: (ctx, view, row) => {
    const term = view.rows[row]?.term;
    return typeof term === 'string' ? concordance(ctx, term) : null;
  },
};
