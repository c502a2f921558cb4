import { sortableColumns } from '../../core/view/reshape.js';
import { pageRows } from '../layout/screen-layout.js';
import { TABS, tabSpec } from '../tabs/registry.js';
import type { DrillTable, DrillTarget } from '../tabs/tab-spec.js';
import type { Action } from './actions.js';
import { articleLines } from './article-lines.js';
import { keyToAction } from './key-map.js';
import { resolveFilter } from './resolve-filter.js';
import { t } from '../../i18n/strings.js';
import { builtView, optionValues, tabContext, visibleTable } from './select-view.js';
import { freshTable, type Screen, type TableState, type TuiState } from './tui-state.js';

const clamp = (value: number, low: number, high: number): number => Math.max(low, Math.min(high, value));

function changes<T extends object>(current: T, change: Partial<T>): boolean {
  return Object.entries(change).some(([key, value]) => current[key as keyof T] !== value);
}

/** Replaces the state of the table on screen (the innermost drill table, or the tab's); unchanged state stays the same object. */
function withTable(state: TuiState, change: (table: TableState) => Partial<TableState>): TuiState {
  const top = state.stack[state.stack.length - 1];
  if (top?.kind === 'table') {
    const next = change(top);
    return changes(top, next) ? { ...state, stack: [...state.stack.slice(0, -1), { ...top, ...next }] } : state;
  }
  if (top) return state;
  const current = state.tabs[state.tab];
  const next = change(current);
  return changes(current, next) ? { ...state, tabs: { ...state.tabs, [state.tab]: { ...current, ...next } } } : state;
}

/** Moves the cursor to `target`, keeping it inside the rows and the window. */
function moveCursor(state: TuiState, target: (table: TableState, rows: number, height: number) => number): TuiState {
  const height = pageRows(state.size.rows);
  const top = state.stack[state.stack.length - 1];
  if (top?.kind === 'article') {
    const max = Math.max(0, articleLines(top, state.size.columns).length - height);
    const scroll = clamp(target({ ...freshTable(), cursor: top.scroll }, max + 1, height), 0, max);
    return scroll === top.scroll ? state : { ...state, stack: [...state.stack.slice(0, -1), { ...top, scroll }] };
  }
  const rows = visibleTable(state)?.view.rows.length ?? 0;
  return withTable(state, (table) => {
    const cursor = clamp(target(table, rows, height), 0, Math.max(0, rows - 1));
    const offset = cursor < table.offset ? cursor : cursor >= table.offset + height ? cursor - height + 1 : table.offset;
    return { cursor, offset: clamp(offset, 0, Math.max(0, rows - height)) };
  });
}

function openScreen(state: TuiState, result: DrillTable | DrillTarget, crumb: string): TuiState {
  const screen: Screen =
    'view' in result ? { kind: 'table', ...result, ...freshTable() } : { kind: 'article', crumb, scroll: 0, ...result };
  return { ...state, stack: [...state.stack, screen], message: null };
}

function articleCrumb(target: DrillTarget): string {
  return `#${target.article.index} ${target.article.headline ?? target.article.dateline ?? ''}`.trim();
}

function drill(state: TuiState): TuiState {
  const context = tabContext(state);
  const shown = visibleTable(state);
  if (!context || !shown) return state;
  const top = state.stack[state.stack.length - 1];
  const row = shown.view.rows[shown.table.cursor];
  if (!row) return state;
  if (top?.kind === 'table') {
    const target = top.targets[top.view.rows.indexOf(row)];
    return target ? openScreen(state, target, articleCrumb(target)) : state;
  }
  const spec = tabSpec(state.tab);
  const result = spec.drill(context, shown.view, shown.table.cursor, optionValues(spec, state));
  if (!result) return state;
  return openScreen(state, result, 'view' in result ? result.crumb : articleCrumb(result));
}

function cycleSort(state: TuiState): TuiState {
  const spec = tabSpec(state.tab);
  const own = spec.options.find((o) => o.name === 'sort');
  if (own && state.stack.length === 0) return cycleOption(state, own.hotkey);
  const shown = visibleTable(state);
  if (!shown) return state;
  const count = sortableColumns(shown.view, shown.nameKey).length + 1;
  return withTable(state, (table) => ({ sort: (table.sort + 1) % count, cursor: 0, offset: 0 }));
}

function cycleOption(state: TuiState, hotkey: string): TuiState {
  if (state.stack.length > 0) return state;
  const option = tabSpec(state.tab).options.find((o) => o.hotkey === hotkey);
  if (!option) return state;
  const tab = state.tabs[state.tab];
  const next = ((tab.options[option.name] ?? 0) + 1) % option.values.length;
  return { ...state, tabs: { ...state.tabs, [state.tab]: { ...tab, options: { ...tab.options, [option.name]: next }, cursor: 0, offset: 0, sort: 0 } } };
}

function switchTab(state: TuiState, step: number): TuiState {
  const ids = TABS.map((spec) => spec.id);
  const at = ids.indexOf(state.tab);
  return { ...state, tab: ids[(at + step + ids.length) % ids.length] ?? state.tab, stack: [], input: null, message: null };
}

/** What a region or dispute filter takes from the selected row of that tab, if shown: a region's code (names repeat: 青山区), a cause's name. */
function pickedName(state: TuiState, kind: 'region' | 'dispute'): string | null {
  const tab = kind === 'region' ? 'regions' : 'disputes';
  if (state.tab !== tab || state.stack.length > 0) return null;
  const shown = visibleTable(state);
  const row = shown?.view.rows[shown.table.cursor];
  const value = kind === 'region' ? row?.code : row?.[shown?.nameKey ?? ''];
  return typeof value === 'string' ? value : null;
}

function commitInput(state: TuiState): TuiState {
  const input = state.input;
  if (!input) return state;
  if (input.kind === 'filter') return { ...state, input: null };
  const typed = input.text.trim();
  if (typed === '') return { ...state, input: null, filters: { ...state.filters, [input.kind]: undefined }, tabs: resetCursors(state) };
  const value = state.data ? resolveFilter(input.kind, typed, state.data) : undefined;
  if (value === undefined) return { ...state, input: null, message: `${t(input.kind === 'region' ? 'tui.unknown-region' : 'tui.unknown-dispute', state.lang)}: ${typed}` };
  return { ...state, input: null, filters: { ...state.filters, [input.kind]: value }, tabs: resetCursors(state), message: null };
}

function resetCursors(state: TuiState): TuiState['tabs'] {
  return Object.fromEntries(Object.entries(state.tabs).map(([id, tab]) => [id, { ...tab, cursor: 0, offset: 0 }])) as TuiState['tabs'];
}

/** The UI's only state transition: pure, total, and unchanged state for impossible moves. */
export function reducer(state: TuiState, action: Action): TuiState {
  switch (action.type) {
    case 'load-progress':
      return { ...state, progress: action.progress };
    case 'load-done':
      return { ...state, phase: 'ready', corpus: action.corpus, data: action.data, warnings: action.warnings, loadMs: action.loadMs };
    case 'words-ready':
      return { ...state, words: action.words };
    case 'words-failed':
      return { ...state, wordsError: action.message };
    case 'load-failed':
      return { ...state, phase: 'failed', error: action.message };
    case 'resize':
      return moveCursor({ ...state, size: { columns: action.columns, rows: action.rows } }, (t) => t.cursor);
    case 'select-tab':
      return TABS.some((spec) => spec.id === action.tab) ? { ...state, tab: action.tab, stack: [], input: null, message: null } : state;
    case 'next-tab':
      return switchTab(state, 1);
    case 'previous-tab':
      return switchTab(state, -1);
    case 'move':
      return moveCursor(state, (t) => t.cursor + action.by);
    case 'page':
      return moveCursor(state, (t, _rows, height) => t.cursor + action.direction * height);
    case 'move-to':
      return moveCursor(state, (_t, rows) => (action.where === 'start' ? 0 : rows - 1));
    case 'cycle-sort':
      return cycleSort(state);
    case 'cycle-option':
      return cycleOption(state, action.hotkey);
    case 'drill':
      return drill(state);
    case 'back':
      if (state.help) return { ...state, help: false };
      return state.stack.length > 0 ? { ...state, stack: state.stack.slice(0, -1), message: null } : state;
    case 'open-input': {
      const current = action.kind === 'filter' ? (visibleTable(state)?.table.filterText ?? '') : ((state.filters as Record<string, string | undefined>)[action.kind] ?? '');
      return { ...state, input: { kind: action.kind, text: current }, help: false };
    }
    case 'input-char':
    case 'input-backspace': {
      if (!state.input) return state;
      const text = action.type === 'input-char' ? state.input.text + action.text : [...state.input.text].slice(0, -1).join('');
      const typed = { ...state, input: { ...state.input, text } };
      return state.input.kind === 'filter' ? withTable(typed, () => ({ filterText: text, cursor: 0, offset: 0 })) : typed;
    }
    case 'input-commit':
      return commitInput(state);
    case 'input-cancel':
      if (state.input?.kind === 'filter') return withTable({ ...state, input: null }, () => ({ filterText: '', cursor: 0, offset: 0 }));
      return { ...state, input: null };
    case 'pick-filter': {
      const name = pickedName(state, action.kind);
      if (name === null) return reducer(state, { type: 'open-input', kind: action.kind });
      return { ...state, filters: { ...state.filters, [action.kind]: name }, tabs: resetCursors(state) };
    }
    case 'clear-filters':
      return { ...state, filters: {}, tabs: resetCursors(state) };
    case 'toggle-help':
      return { ...state, help: !state.help };
    case 'show-message':
      return { ...state, message: action.text };
    case 'key': {
      const mapped = keyToAction(action.input, action.key, state);
      if (mapped === null) return state;
      return typeof mapped === 'string' ? { ...state, effect: mapped } : reducer(state, mapped);
    }
    case 'effect-done':
      return state.effect === null ? state : { ...state, effect: null };
  }
}

/** True when the tab's view cannot be built yet (its data is still loading). */
export function tabPending(state: TuiState): boolean {
  return state.phase === 'ready' && builtView(state, state.tab) === null;
}
