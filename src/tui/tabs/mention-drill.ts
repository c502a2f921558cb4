import type { AnalysedArticle } from '../../core/corpus.js';
import { t, type Lang } from '../../i18n/strings.js';
import type { DrillTable, Highlight } from './tab-spec.js';

/** An article and the mentions of one row's subject in it. */
export interface ArticleMentions {
  /** The article. */
  article: AnalysedArticle;
  /** The mentions: their text and normalised span. */
  mentions: readonly (Highlight & { text: string })[];
}

/**
 * The drill-down table behind a region, dispute or amount row: the articles with their mentions
 * of it, each opening on its text with those mentions inverse.
 */
export function mentionTable(crumb: string, items: readonly ArticleMentions[], lang: Lang): DrillTable {
  return {
    crumb,
    view: {
      id: 'articles',
      title: crumb,
      columns: [
        { key: 'file', label: t('column.file', lang), type: 'text' },
        { key: 'index', label: t('column.index', lang), type: 'integer' },
        { key: 'dateline', label: t('column.dateline', lang), type: 'text' },
        { key: 'headline', label: t('column.headline', lang), type: 'text' },
        { key: 'mentions', label: t('column.mentions', lang), type: 'list' },
      ],
      rows: items.map(({ article, mentions }) => ({
        file: article.file,
        index: article.index,
        dateline: article.dateline,
        headline: article.headline,
        mentions: mentions.map((m) => m.text),
      })),
      meta: { subject: crumb, articles: items.length },
    },
    targets: items.map(({ article, mentions }) => ({ article, highlights: mentions.map(({ start, end }) => ({ start, end })) })),
  };
}
