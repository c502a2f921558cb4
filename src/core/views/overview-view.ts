import { t, type Lang } from '../../i18n/strings.js';
import type { AnalysedCorpus } from '../corpus.js';
import type { ViewRow, ViewTable } from '../view/view-table.js';

/** How many rows of each view the overview shows. */
export const OVERVIEW_TOP = 5;

/** One view summarised on the overview: its rows and which columns name and measure them. */
export interface OverviewSource {
  /** The view, rows in their own order. */
  view: ViewTable;
  /** Column naming each row. */
  nameKey: string;
  /** Column holding the main measure. */
  valueKey: string;
}

/** Facts about a load the overview reports beside the corpus. */
export interface LoadFacts {
  /** Milliseconds from start to analysed corpus, when measured. */
  loadMs: number | null;
  /** Warnings from loading and analysis (skipped files, ambiguous places). */
  warnings: readonly string[];
}

/** Characters other than whitespace in all files. */
export function corpusChars(corpus: AnalysedCorpus): number {
  return corpus.files.reduce((sum, file) => sum + file.chars, 0);
}

/**
 * The overview as a view: the top rows of each summarised view as `section, rank, name, value`,
 * with corpus size, load time and warnings in `meta`.
 */
export function buildOverviewView(corpus: AnalysedCorpus, sources: readonly OverviewSource[], facts: LoadFacts, lang: Lang): ViewTable {
  const rows: ViewRow[] = [];
  for (const { view, nameKey, valueKey } of sources) {
    view.rows.slice(0, OVERVIEW_TOP).forEach((row, i) => {
      const name = row[nameKey];
      const value = row[valueKey];
      rows.push({
        section: view.title,
        rank: i + 1,
        name: Array.isArray(name) ? name.join(' ') : name === null || name === undefined ? null : String(name),
        value: typeof value === 'number' ? value : null,
      });
    });
  }
  return {
    id: 'overview',
    title: t('view.overview', lang),
    columns: [
      { key: 'section', label: t('column.section', lang), type: 'text' },
      { key: 'rank', label: t('column.rank', lang), type: 'integer' },
      { key: 'name', label: t('overview.name', lang), type: 'text' },
      { key: 'value', label: t('column.value', lang), type: 'number' },
    ],
    rows,
    meta: {
      files: corpus.files.length,
      articles: corpus.articles.length,
      chars: corpusChars(corpus),
      loadMs: facts.loadMs,
      warnings: [...facts.warnings],
      sections: sources.map((s) => ({ title: s.view.title, measure: s.view.columns.find((c) => c.key === s.valueKey)?.label ?? s.valueKey })),
    },
  };
}
