import type { AnalysedArticle, AnalysedCorpus, AnalysisData } from '../../core/corpus.js';
import type { LoadFacts } from '../../core/views/overview-view.js';
import type { ViewTable } from '../../core/view/view-table.js';
import type { Lang, StringKey } from '../../i18n/strings.js';
import type { WordResources } from '../state/tui-state.js';

/** The tabs, in tab-bar order (keys 1-6). */
export const TAB_IDS = ['overview', 'articles', 'keywords', 'regions', 'disputes', 'amounts'] as const;

/** One of `TAB_IDS`. */
export type TabId = (typeof TAB_IDS)[number];

/** A span of an article's normalised text to show inverse (the selected term or mention). */
export interface Highlight {
  /** Start offset in `article.text`. */
  start: number;
  /** End offset (exclusive). */
  end: number;
}

/** Where Enter on a row leads: an article, with what to show inverse in it. */
export interface DrillTarget {
  /** The article to open. */
  article: AnalysedArticle;
  /** Spans of its normalised text to show inverse. */
  highlights: readonly Highlight[];
}

/** A drill-down table: a view with, for each row, the article Enter opens. */
export interface DrillTable {
  /** Breadcrumb label. */
  crumb: string;
  /** The table shown. */
  view: ViewTable;
  /** Per row, where Enter leads. */
  targets: readonly DrillTarget[];
}

/** A cyclable option of a tab (its value is passed to the view builder). */
export interface TabOption {
  /** Option name, as the builder reads it. */
  name: string;
  /** Key that cycles it. */
  hotkey: string;
  /** Values in cycle order; the first is the default. */
  values: readonly string[];
  /** Status-bar label of the option. */
  label: StringKey;
}

/** What a tab builds from. */
export interface TabContext {
  /** The corpus with the global filters applied. */
  corpus: AnalysedCorpus;
  /** UI language. */
  lang: Lang;
  /** Load time and warnings. */
  facts: LoadFacts;
  /** The data the corpus was analysed with (the dispute taxonomy groups the Disputes tab). */
  data: AnalysisData;
  /** Word-counting resources, null while the dictionary loads. */
  words: WordResources | null;
}

/** How one tab builds, shows and drills into its table. */
export interface TabSpec {
  /** Tab id. */
  id: TabId;
  /** Tab title. */
  title: StringKey;
  /** Options cycled by their hotkeys. */
  options: readonly TabOption[];
  /** Builds the table for the chosen option values, or null while its data is still loading. */
  build: (ctx: TabContext, options: Readonly<Record<string, string>>) => ViewTable | null;
  /** Columns that may name each row; the first the built view has is used. */
  nameKeys: readonly string[];
  /** Columns that may hold the main measure, drawn as a bar; the first the built view has is used. */
  barKeys: readonly string[];
  /** Columns dropped first when the terminal is narrow, in order. */
  compactHide: readonly string[];
  /** What Enter on a row of the shown view opens (a drill-down table, an article, or nothing), under the tab's option values. */
  drill: (ctx: TabContext, view: ViewTable, row: number, options: Readonly<Record<string, string>>) => DrillTable | DrillTarget | null;
}

/** The first of `keys` that `view` has as a column, or null. */
export function firstColumn(view: ViewTable, keys: readonly string[]): string | null {
  return keys.find((key) => view.columns.some((c) => c.key === key)) ?? null;
}
