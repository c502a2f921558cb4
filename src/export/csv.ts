import { stringify } from 'csv-stringify/sync';
import type { ViewTable } from '../core/view/view-table.js';
import { rawCell } from './format-cell.js';
import { headerOf, type HeaderStyle } from './header.js';

/** UTF-8 byte-order mark; Excel needs it to read Chinese CSV as UTF-8. */
export const BOM = '\uFEFF';

/** Options of the CSV renderer. */
export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark. */
  bom: boolean;
  /** Header row style. */
  header: HeaderStyle;
}

// A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes a text cell inert in spreadsheets by prefixing a formula-like start with `'`. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Renders a view as RFC 4180 CSV. Text cells are neutralised; numbers stay numbers. */
export function renderCsv(view: ViewTable, options: CsvOptions): string {
  const header = view.columns.map((column) => neutralise(headerOf(column, options.header)));
  const rows = view.rows.map((row) =>
    view.columns.map((column) => {
      const value = row[column.key];
      const cell = rawCell(value);
      return typeof value === 'number' ? cell : neutralise(cell);
    }),
  );
  return (options.bom ? BOM : '') + stringify([header, ...rows], { record_delimiter: '\r\n' });
}
