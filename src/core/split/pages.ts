import type { Span } from '../span.js';

/** Size, in code units, above which a file is cut into pages so each page is analysed alone. */
export const PAGE_TARGET = 100_000;

/**
 * Cuts a text into pages: at every form feed (pdftotext's page break), and, in a text longer
 * than `PAGE_TARGET`, at the first run of blank lines after each `PAGE_TARGET` code units
 * (a double blank line preferred), so memory and headline matching stay bounded per page.
 */
export function splitPages(text: string, target = PAGE_TARGET): Span[] {
  const pages: Span[] = [];
  let start = 0;
  for (;;) {
    const feed = text.indexOf('\f', start);
    const limit = feed === -1 ? text.length : feed;
    let cut = limit - start > target ? findBreak(text, start + target, limit) : -1;
    if (cut === -1) {
      pages.push({ start, end: limit });
      if (feed === -1) break;
      start = feed + 1;
      continue;
    }
    pages.push({ start, end: cut });
    start = cut;
    cut = -1;
  }
  return pages.filter((page) => page.end > page.start);
}

function findBreak(text: string, from: number, limit: number): number {
  const pattern = /\r?\n[ \t\u3000]*\r?\n/g;
  const double = /\r?\n[ \t\u3000]*\r?\n[ \t\u3000]*\r?\n/g;
  for (const re of [double, pattern]) {
    re.lastIndex = from;
    const match = re.exec(text);
    if (match && match.index < limit) return match.index + match[0].length;
  }
  return -1;
}
