import type { CellValue, ColumnType } from '../core/view/view-table.js';
import { t, type Lang } from '../i18n/strings.js';

/** Separator for list cells in CSV, TSV and tables. */
export const LIST_SEPARATOR = '; ';

/** A number with thousands separators, keeping its decimals (`569300` → `569,300`, `12.5` → `12.5`). */
export function groupThousands(value: number): string {
  const [whole = '', fraction] = String(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** A cell as people read it: numbers grouped by thousands, lists joined, null as `-`, yes and no in `lang`. */
export function displayCell(value: CellValue | undefined, type: ColumnType, lang: Lang = 'en'): string {
  if (value === null || value === undefined) return '-';
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  if (typeof value === 'number') return type === 'yuan' || type === 'integer' || type === 'number' ? groupThousands(value) : String(value);
  if (typeof value === 'boolean') return t(value ? 'cell.yes' : 'cell.no', lang);
  return String(value);
}

/** A cell as scripts read it: raw numbers, lists joined, null as the empty string. */
export function rawCell(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  return String(value);
}

/** True for types whose values align right. */
export function isNumeric(type: ColumnType): boolean {
  return type === 'integer' || type === 'number' || type === 'yuan';
}
