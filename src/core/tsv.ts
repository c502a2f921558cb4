/**
 * Parses a small tab-separated rule table: one row per line, cells split on tabs, trailing
 * empty cells dropped. Blank lines and lines starting with `#` (comments) are skipped.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const cells = line.split('\t').map((cell) => cell.trim());
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    rows.push(cells);
  }
  return rows;
}
