import type { ViewTable } from '../core/view/view-table.js';

/**
 * Renders the fixed JSON contract: one object `{view, columns, rows, meta}`, each row an object
 * keyed by column key, in column order.
 */
export function renderJson(view: ViewTable): string {
  const rows = view.rows.map((row) => {
    const ordered: Record<string, unknown> = {};
    for (const column of view.columns) ordered[column.key] = row[column.key] ?? null;
    for (const [key, value] of Object.entries(row)) if (!(key in ordered)) ordered[key] = value;
    return ordered;
  });
  return `${JSON.stringify({ view: view.id, columns: view.columns, rows, meta: view.meta }, null, 2)}\n`;
}
