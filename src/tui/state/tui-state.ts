import type { AnalysedCorpus, AnalysisData } from '../../core/corpus.js';
import type { TermOptions } from '../../core/keywords/term-options.js';
import type { TokenCache } from '../../core/keywords/token-cache.js';
import type { ArticleFilter } from '../../core/filter.js';
import type { Lang } from '../../i18n/strings.js';
import { TAB_IDS, type DrillTable, type DrillTarget, type TabId } from '../tabs/tab-spec.js';

/** Cursor, scroll, sort, options and text filter of one table. */
export interface TableState {
  /** Selected row, an index into the rows shown. */
  cursor: number;
  /** First row shown. */
  offset: number;
  /** Index into the sortable columns; 0 keeps the view's own order. */
  sort: number;
  /** Text the `/` filter narrows rows by. */
  filterText: string;
}

/** A tab's table state plus its option choices. */
export interface TabState extends TableState {
  /** Chosen value index per option name. */
  options: Record<string, number>;
}

/** A drill-down screen stacked over a tab. */
export type Screen = ({ kind: 'table' } & DrillTable & TableState) | ({ kind: 'article'; crumb: string; scroll: number } & DrillTarget);

/** Which line the user is typing in, if any. */
export interface InputLine {
  /** `/` table filter, or a global region / dispute filter. */
  kind: 'filter' | 'region' | 'dispute';
  /** Text typed so far. */
  text: string;
}

/** How far loading has got. */
export interface LoadProgress {
  /** Files read. */
  read: number;
  /** Files listed. */
  total: number;
  /** Articles analysed. */
  analysed: number;
}

/** What the Keywords tab counts with, loaded in the background after the corpus. */
export interface WordResources {
  /** Segmenter and its per-article token cache. */
  tokens: TokenCache;
  /** Stop lists and counting options (the CLI's defaults). */
  options: TermOptions;
}

/** Work a key asked for that the reducer cannot do itself: leave, or write the table on screen. */
export type Effect = 'quit' | 'export';

/** The whole state of the terminal UI; only the reducer changes it. */
export interface TuiState {
  /** UI language. */
  lang: Lang;
  /** Loading, ready, or failed with `error`. */
  phase: 'loading' | 'ready' | 'failed';
  /** Load progress. */
  progress: LoadProgress;
  /** One-line reason when loading failed. */
  error: string | null;
  /** The analysed corpus once loaded. */
  corpus: AnalysedCorpus | null;
  /** The data (models, rule tables) the corpus was analysed with. */
  data: AnalysisData | null;
  /** Word-counting resources once the dictionary has loaded. */
  words: WordResources | null;
  /** Why the dictionary failed to load, if it did. */
  wordsError: string | null;
  /** Milliseconds from start to analysed corpus. */
  loadMs: number | null;
  /** Load warnings. */
  warnings: readonly string[];
  /** Label of the path opened, for the title line. */
  source: string;
  /** Current tab. */
  tab: TabId;
  /** Per-tab table state. */
  tabs: Record<TabId, TabState>;
  /** Drill-down screens over the current tab, innermost last. */
  stack: Screen[];
  /** Filters applied across all tabs. */
  filters: ArticleFilter;
  /** The line being typed, if any. */
  input: InputLine | null;
  /** Help overlay shown. */
  help: boolean;
  /** Last status message (export path, errors). */
  message: string | null;
  /** An effect waiting to be carried out, if any. */
  effect: Effect | null;
  /** Terminal size. */
  size: { columns: number; rows: number };
}

/** A table state at its top, in the view's own order, unfiltered. */
export function freshTable(): TableState {
  return { cursor: 0, offset: 0, sort: 0, filterText: '' };
}

/** The state before anything is loaded. */
export function createInitialState(options: { lang: Lang; source: string; columns: number; rows: number }): TuiState {
  const tabs = Object.fromEntries(TAB_IDS.map((id) => [id, { ...freshTable(), options: {} }])) as Record<TabId, TabState>;
  return {
    lang: options.lang,
    phase: 'loading',
    progress: { read: 0, total: 0, analysed: 0 },
    error: null,
    corpus: null,
    data: null,
    words: null,
    wordsError: null,
    loadMs: null,
    warnings: [],
    source: options.source,
    tab: 'overview',
    tabs,
    stack: [],
    filters: {},
    input: null,
    help: false,
    message: null,
    effect: null,
    size: { columns: options.columns, rows: options.rows },
  };
}
