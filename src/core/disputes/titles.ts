/** A span of text. */
interface Range {
  start: number;
  end: number;
}

/** Spans inside document-title brackets (《…》), each within one paragraph. */
export function titleRanges(text: string, brackets: readonly [string, string][]): Range[] {
  const ranges: Range[] = [];
  for (const [open, close] of brackets) {
    for (let at = text.indexOf(open); at >= 0; at = text.indexOf(open, at + 1)) {
      const end = text.indexOf(close, at + open.length);
      const paragraphEnd = text.indexOf('\n', at);
      if (end < 0 || (paragraphEnd >= 0 && paragraphEnd < end)) continue;
      ranges.push({ start: at + open.length, end });
    }
  }
  return ranges;
}

/** True when `span` lies inside one of `ranges`. */
export function insideAny(span: Range, ranges: readonly Range[]): boolean {
  return ranges.some((range) => range.start <= span.start && span.end <= range.end);
}
