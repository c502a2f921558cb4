import Table from 'cli-table3';
import type { ViewTable } from '../core/view/view-table.js';
import { displayCell, isNumeric } from './format-cell.js';
import { headerOf, type HeaderStyle } from './header.js';

/** Options of the terminal table renderer. */
export interface TableOptions {
  /** Header style; people reading a terminal want labels. */
  header: HeaderStyle;
}

/**
 * Renders a view as an aligned terminal table. cli-table3 measures cells with string-width, so
 * CJK characters count two columns and the borders stay straight.
 */
export function renderTable(view: ViewTable, options: TableOptions): string {
  const table = new Table({
    head: view.columns.map((column) => headerOf(column, options.header)),
    colAligns: view.columns.map((column) => (isNumeric(column.type) ? 'right' : 'left')),
    style: { head: [], border: [], compact: true },
    wordWrap: false,
  });
  for (const row of view.rows) table.push(view.columns.map((column) => displayCell(row[column.key], column.type)));
  return `${view.title} (${view.rows.length})\n${table.toString()}\n`;
}
