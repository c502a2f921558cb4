import { buildArticlesView } from '../../core/views/articles-view.js';
import { articleOfRow } from './find-article.js';
import type { TabSpec } from './tab-spec.js';

/** Articles: one row per article; Enter opens its text. */
export const articlesTab: TabSpec = {
  id: 'articles',
  title: 'tab.articles',
  options: [],
  build: (ctx) => buildArticlesView(ctx.corpus, ctx.lang),
  nameKeys: ['headline'],
  barKeys: ['chars'],
  compactHide: ['date', 'file', 'byline', 'province', 'county', 'city', 'disputes', 'region'],
  drill: (ctx, view, row) => {
    const article = articleOfRow(ctx.corpus, view.rows[row]);
    return article ? { article, highlights: [] } : null;
  },
};
