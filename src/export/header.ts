import type { ViewColumn } from '../core/view/view-table.js';

/** Which header row a delimited file gets: stable keys (for scripts) or human labels. */
export type HeaderStyle = 'keys' | 'labels';

/** The header cell of a column in the chosen style. */
export function headerOf(column: ViewColumn, style: HeaderStyle): string {
  return style === 'labels' ? column.label : column.key;
}
