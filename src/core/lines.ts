/** One line of a source text, without its terminator. */
export interface Line {
  /** Offset of the line's first code unit in the source. */
  start: number;
  /** Offset just past its last code unit (before `\r\n`, `\n` or `\r`). */
  end: number;
  /** The line's text with surrounding whitespace trimmed. */
  text: string;
  /** Offset in the source where `text` begins. */
  textStart: number;
}

const EDGE_SPACE = /^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g;

/** Splits `source[from, to)` into lines, recognising `\r\n`, `\n` and `\r`. */
export function splitLines(source: string, from = 0, to = source.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    const ch = i < to ? source.charCodeAt(i) : -1;
    if (ch !== 10 && ch !== 13 && ch !== -1) continue;
    lines.push(makeLine(source, start, i));
    if (ch === 13 && i + 1 < to && source.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  return lines;
}

function makeLine(source: string, start: number, end: number): Line {
  const raw = source.slice(start, end);
  const leading = raw.length - raw.replace(/^[\s\u3000\u00a0\ufeff]+/, '').length;
  return { start, end, text: raw.replace(EDGE_SPACE, ''), textStart: start + leading };
}

/** A line holding only whitespace. */
export function isBlank(line: Line): boolean {
  return line.text.length === 0;
}
