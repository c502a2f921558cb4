import type { ViewTable } from '../core/view/view-table.js';
import { neutralise } from './csv.js';
import { rawCell } from './format-cell.js';
import { headerOf, type HeaderStyle } from './header.js';

/** Options of the TSV renderer. */
export interface TsvOptions {
  /** Start with a UTF-8 byte-order mark. */
  bom: boolean;
  /** Header row style. */
  header: HeaderStyle;
}

// TSV has no quoting: tabs and line breaks inside a cell become spaces.
const clean = (cell: string): string => cell.replace(/[\t\r\n]+/g, ' ');

/** Renders a view as tab-separated values, one line per row. */
export function renderTsv(view: ViewTable, options: TsvOptions): string {
  const lines = [view.columns.map((column) => clean(headerOf(column, options.header))).join('\t')];
  for (const row of view.rows) {
    lines.push(
      view.columns
        .map((column) => {
          const value = row[column.key];
          const cell = clean(rawCell(value));
          return typeof value === 'number' ? cell : neutralise(cell);
        })
        .join('\t'),
    );
  }
  return (options.bom ? '\uFEFF' : '') + lines.join('\n') + '\n';
}
