/**
 * Lines the frame takes besides its body: title, tab bar, rule or breadcrumbs, rule, status line,
 * and one spare line so the frame never fills the terminal (Ink redraws a full-height frame by
 * clearing the screen, which flickers).
 */
export const CHROME_ROWS = 6;

/** Rows the body (a table with its header, or an article with its heading) may use. */
export function bodyHeight(rows: number): number {
  return Math.max(2, rows - CHROME_ROWS);
}

/** Rows of data a body shows under its one header line: a page for PgUp / PgDn. */
export function pageRows(rows: number): number {
  return bodyHeight(rows) - 1;
}
