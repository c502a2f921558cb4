import { compareCodePoints } from '../compare.js';
import { sortRows, type CellValue, type ViewTable } from './view-table.js';

/** Columns a table can be re-sorted by: its numeric columns, then its name column. */
export function sortableColumns(view: ViewTable, nameKey: string): string[] {
  const numeric = view.columns.filter((c) => c.type === 'integer' || c.type === 'number' || c.type === 'yuan').map((c) => c.key);
  return view.columns.some((c) => c.key === nameKey) ? [...numeric, nameKey] : numeric;
}

/**
 * The view re-sorted by one column: numbers descending (then name), the name column ascending in
 * code-point order. Presentation only; counts stay as the view computed them.
 */
export function sortViewBy(view: ViewTable, key: string, nameKey: string): ViewTable {
  const column = view.columns.find((c) => c.key === key);
  if (!column) return view;
  const rows =
    column.type === 'integer' || column.type === 'number' || column.type === 'yuan'
      ? sortRows(view.rows, key, nameKey)
      : [...view.rows].sort((a, b) => compareCodePoints(cellText(a[key]), cellText(b[key])));
  return { ...view, rows, meta: { ...view.meta, sort: key } };
}

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The view narrowed to rows where some cell contains `text` (case-insensitive for Latin). */
export function filterViewRows(view: ViewTable, text: string): ViewTable {
  const needle = text.trim().toLowerCase();
  if (!needle) return view;
  const rows = view.rows.filter((row) => view.columns.some((c) => cellText(row[c.key]).toLowerCase().includes(needle)));
  return { ...view, rows, meta: { ...view.meta, filter: text.trim() } };
}
