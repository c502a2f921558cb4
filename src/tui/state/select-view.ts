import { applyFilter } from '../../core/filter.js';
import { filterViewRows, sortableColumns, sortViewBy } from '../../core/view/reshape.js';
import type { ViewTable } from '../../core/view/view-table.js';
import { tabSpec } from '../tabs/registry.js';
import { firstColumn, type TabContext, type TabId, type TabSpec } from '../tabs/tab-spec.js';
import type { TableState, TuiState } from './tui-state.js';

let contextCache: { state: TuiState; filters: string; context: TabContext } | undefined;

/** What tabs build from: the corpus with global filters applied (memoised on what it reads). */
export function tabContext(state: TuiState): TabContext | null {
  if (!state.corpus || !state.data) return null;
  const filters = JSON.stringify(state.filters);
  const c = contextCache;
  if (c && c.state.corpus === state.corpus && c.filters === filters && c.state.lang === state.lang && c.state.loadMs === state.loadMs && c.state.words === state.words) return c.context;
  const context: TabContext = {
    corpus: applyFilter(state.corpus, state.filters),
    lang: state.lang,
    facts: { loadMs: state.loadMs, warnings: state.warnings },
    data: state.data,
    words: state.words,
  };
  contextCache = { state, filters, context };
  return context;
}

/** The option values a tab's builder gets. */
export function optionValues(spec: TabSpec, state: TuiState): Record<string, string> {
  const chosen = state.tabs[spec.id].options;
  return Object.fromEntries(spec.options.map((o) => [o.name, o.values[chosen[o.name] ?? 0] ?? (o.values[0] as string)]));
}

const builtCache = new Map<TabId, { context: TabContext; key: string; view: ViewTable | null }>();

/** A tab's view as built for its options, before sorting and text filtering (memoised). */
export function builtView(state: TuiState, id: TabId): ViewTable | null {
  const context = tabContext(state);
  if (!context) return null;
  const spec = tabSpec(id);
  const options = optionValues(spec, state);
  const key = JSON.stringify(options);
  const cached = builtCache.get(id);
  if (cached && cached.context === context && cached.key === key) return cached.view;
  const view = spec.build(context, options);
  builtCache.set(id, { context, key, view });
  return view;
}

/** A table as the user sees it: re-sorted by the chosen column, narrowed by the `/` filter. */
export function shapeTable(view: ViewTable, table: TableState, nameKey: string): ViewTable {
  const columns = sortableColumns(view, nameKey);
  const sortKey = table.sort === 0 ? undefined : columns[table.sort - 1];
  const sorted = sortKey ? sortViewBy(view, sortKey, nameKey) : view;
  return filterViewRows(sorted, table.filterText);
}

/** The table on screen now, with its state, or null when an article or nothing is shown. */
export function visibleTable(state: TuiState): { view: ViewTable; table: TableState; nameKey: string } | null {
  const top = state.stack[state.stack.length - 1];
  if (top?.kind === 'article') return null;
  if (top?.kind === 'table') return { view: shapeTable(top.view, top, top.view.columns[0]?.key ?? ''), table: top, nameKey: top.view.columns[0]?.key ?? '' };
  const spec = tabSpec(state.tab);
  const view = builtView(state, state.tab);
  if (!view) return null;
  const table = state.tabs[state.tab];
  const nameKey = firstColumn(view, spec.nameKeys) ?? view.columns[0]?.key ?? '';
  return { view: shapeTable(view, table, nameKey), table, nameKey };
}
