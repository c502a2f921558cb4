import { compareCodePoints } from '../compare.js';

/** How a column's values are typed, and so how renderers format and align them. */
export type ColumnType = 'text' | 'integer' | 'number' | 'yuan' | 'boolean' | 'list' | 'date';

/** One column of a view. */
export interface ViewColumn {
  /** Stable key: the JSON property, and the CSV/TSV header by default. */
  key: string;
  /** Human label in the UI language. */
  label: string;
  /** Value type. */
  type: ColumnType;
}

/** A cell: text, number, flag, list of texts, or null for "unknown / not applicable". */
export type CellValue = string | number | boolean | null | readonly string[];

/** A row keyed by column key. */
export type ViewRow = Readonly<Record<string, CellValue>>;

/** The one model every face renders: the TUI, the table printer, CSV, TSV and JSON. */
export interface ViewTable {
  /** View id: `articles`, `amounts`, `regions` … */
  id: string;
  /** Human title in the UI language. */
  title: string;
  /** Columns in display order. */
  columns: ViewColumn[];
  /** Rows in their final order. */
  rows: ViewRow[];
  /** Facts about how the rows were made (options, totals); JSON-safe. */
  meta: Record<string, unknown>;
}

function numeric(value: CellValue | undefined): number {
  return typeof value === 'number' ? value : Number.NEGATIVE_INFINITY;
}

function text(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join('\u0000') : String(value);
}

/**
 * Orders rows by `sortKey` descending (missing values last), then by `nameKey` in Unicode
 * code-point order, so output is the same on every machine and CI diffs are meaningful.
 */
export function sortRows<R extends ViewRow>(rows: readonly R[], sortKey: string, nameKey: string): R[] {
  return [...rows].sort((a, b) => numeric(b[sortKey]) - numeric(a[sortKey]) || compareCodePoints(text(a[nameKey]), text(b[nameKey])));
}
