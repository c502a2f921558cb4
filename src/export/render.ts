import type { ViewTable } from '../core/view/view-table.js';
import { renderCsv } from './csv.js';
import type { HeaderStyle } from './header.js';
import { renderJson } from './json.js';
import { renderTable } from './table.js';
import { renderTsv } from './tsv.js';

/** Output formats of every view command. */
export const FORMATS = ['table', 'csv', 'tsv', 'json'] as const;

/** One of `FORMATS`. */
export type Format = (typeof FORMATS)[number];

/** How to render a view. */
export interface RenderOptions {
  /** Output format. */
  format: Format;
  /** Byte-order mark for CSV/TSV. */
  bom: boolean;
  /** Header style for CSV/TSV; the table always shows labels. */
  header: HeaderStyle;
}

/** Renders a view in the requested format. */
export function renderView(view: ViewTable, options: RenderOptions): string {
  switch (options.format) {
    case 'csv':
      return renderCsv(view, options);
    case 'tsv':
      return renderTsv(view, options);
    case 'json':
      return renderJson(view);
    case 'table':
      return renderTable(view, { header: 'labels' });
  }
}
