import stringWidth from 'string-width';

/** Display width in terminal columns (CJK two, combining marks none). */
export function widthOf(text: string): number {
  return stringWidth(text);
}

/** Cuts text to at most `width` columns, ending in `…` when cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (widthOf(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = widthOf(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/** Pads (or cuts) text to exactly `width` columns; right-aligned text is cut at its start. */
export function fit(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const cut = align === 'right' ? truncateStart(text, width) : truncate(text, width);
  const pad = ' '.repeat(Math.max(0, width - widthOf(cut)));
  return align === 'right' ? pad + cut : cut + pad;
}

/** Cuts text to at most `width` columns keeping its end, starting with `…` when cut. */
export function truncateStart(text: string, width: number): string {
  if (width <= 0) return '';
  if (widthOf(text) <= width) return text;
  const kept: string[] = [];
  let used = 0;
  for (const ch of [...text].reverse()) {
    const w = widthOf(ch);
    if (used + w > width - 1) break;
    kept.push(ch);
    used += w;
  }
  return `…${kept.reverse().join('')}`;
}
