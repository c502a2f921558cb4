import type { ColumnType, ViewColumn, ViewTable } from '../../core/view/view-table.js';
import { displayCell, isNumeric } from '../../export/format-cell.js';
import type { Lang } from '../../i18n/strings.js';
import { widthOf } from './text-width.js';

/** Columns of the cursor mark (`▸ `) before each row. */
export const GUTTER = 2;
/** Spaces between columns. */
export const GAP = 2;
/** Widest a text column grows. */
export const MAX_TEXT = 40;
/** Narrowest a text column shrinks before columns are dropped. */
export const MIN_TEXT = 6;
/** A concordance's left context: aligned right and cut at its start, so it runs into the term. */
const LEFT_CONTEXT = 'left';
/** Widest and narrowest bar. */
export const MAX_BAR = 30;
export const MIN_BAR = 6;

/** A column as laid out on screen. */
export interface ColumnLayout extends ViewColumn {
  /** Width in terminal columns. */
  width: number;
  /** Alignment: numbers right. */
  align: 'left' | 'right';
}

/** How a table fits the terminal. */
export interface TableLayout {
  /** Columns shown, in order. */
  columns: ColumnLayout[];
  /** Width of the bar column (0: no bar). */
  barWidth: number;
}

/** What to lay out besides the view. */
export interface LayoutOptions {
  /** Column drawn as a bar, or null. */
  barKey: string | null;
  /** Columns to drop first when narrow, in order. */
  compactHide: readonly string[];
  /** Language yes and no are shown in. */
  lang: Lang;
}

function natural(view: ViewTable, column: ViewColumn, lang: Lang): number {
  let w = widthOf(column.label);
  for (const row of view.rows) w = Math.max(w, widthOf(displayCell(row[column.key], column.type, lang)));
  return isNumeric(column.type) ? w : Math.min(w, MAX_TEXT);
}

function total(columns: readonly { width: number }[], barWidth: number): number {
  const cells = columns.reduce((sum, c) => sum + c.width, 0) + GAP * Math.max(0, columns.length - 1);
  return GUTTER + cells + (barWidth > 0 ? GAP + barWidth : 0);
}

const shrinkable = (type: ColumnType): boolean => !isNumeric(type);

/**
 * Fits a view into `width` columns: bars shrink first, then go; then the compact-hide columns
 * are dropped one by one; then the widest text columns are cut (shown with `…`). Rows never wrap.
 */
export function layoutTable(view: ViewTable, width: number, options: LayoutOptions): TableLayout {
  let columns: ColumnLayout[] = view.columns.map((c) => ({ ...c, width: natural(view, c, options.lang), align: isNumeric(c.type) || c.key === LEFT_CONTEXT ? 'right' : 'left' }));
  const wantsBar = options.barKey !== null && view.columns.some((c) => c.key === options.barKey);
  let barWidth = wantsBar ? Math.min(MAX_BAR, Math.max(0, width - total(columns, 0) - GAP)) : 0;
  if (barWidth < MIN_BAR) barWidth = 0;
  for (const key of options.compactHide) {
    if (total(columns, barWidth) <= width) break;
    columns = columns.filter((c) => c.key !== key);
  }
  while (total(columns, barWidth) > width) {
    const widest = columns.filter((c) => shrinkable(c.type) && c.width > MIN_TEXT).sort((a, b) => b.width - a.width)[0];
    if (!widest) break;
    widest.width = Math.max(MIN_TEXT, widest.width - (total(columns, barWidth) - width));
  }
  return { columns, barWidth };
}
