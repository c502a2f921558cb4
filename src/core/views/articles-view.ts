import { totalFen } from '../amounts/totals.js';
import { fenToYuan } from '../amounts/yuan.js';
import { t, type Lang } from '../../i18n/strings.js';
import type { AnalysedArticle, AnalysedCorpus } from '../corpus.js';
import type { ViewTable } from '../view/view-table.js';

/** Non-space characters of a body text. */
function countChars(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/** Official names of an article's case mentions, each once, in text order. */
function disputeNames(article: AnalysedArticle): string[] {
  return [...new Set(article.disputes.filter((m) => m.role === 'case' && m.id !== null).map((m) => m.cause))];
}

/**
 * One row per article, in file then page order (the corpus's own order is its natural sort).
 * `region` is the official name of its primary region; `province`, `city`, `county` the official
 * names of the units it is or lies in (null where it lies above that level, or is unknown).
 */
export function buildArticlesView(corpus: AnalysedCorpus, lang: Lang): ViewTable {
  return {
    id: 'articles',
    title: t('view.articles', lang),
    columns: [
      { key: 'file', label: t('column.file', lang), type: 'text' },
      { key: 'index', label: t('column.index', lang), type: 'integer' },
      { key: 'date', label: t('column.date', lang), type: 'date' },
      { key: 'dateline', label: t('column.dateline', lang), type: 'text' },
      { key: 'headline', label: t('column.headline', lang), type: 'text' },
      { key: 'byline', label: t('column.byline', lang), type: 'text' },
      { key: 'region', label: t('column.region', lang), type: 'text' },
      { key: 'province', label: t('column.province', lang), type: 'text' },
      { key: 'city', label: t('column.city', lang), type: 'text' },
      { key: 'county', label: t('column.county', lang), type: 'text' },
      { key: 'chars', label: t('column.chars', lang), type: 'integer' },
      { key: 'disputes', label: t('column.disputes', lang), type: 'list' },
      { key: 'amount_total_yuan', label: t('amounts.column.amount_total_yuan', lang), type: 'yuan' },
    ],
    rows: corpus.articles.map((a) => ({
      file: a.file,
      index: a.index,
      date: a.date,
      dateline: a.dateline,
      headline: a.headline,
      byline: a.byline,
      region: a.primaryRegion?.name ?? null,
      province: a.primaryRegion?.province ?? null,
      city: a.primaryRegion?.city ?? null,
      county: a.primaryRegion?.county ?? null,
      chars: countChars(a.text),
      disputes: disputeNames(a),
      amount_total_yuan: fenToYuan(totalFen(a.amounts)),
    })),
    meta: { files: corpus.files.length, articles: corpus.articles.length, sort: 'file, index' },
  };
}
