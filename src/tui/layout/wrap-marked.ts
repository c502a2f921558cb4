import { widthOf } from './text-width.js';

/** What a stretch of article text is marked as. */
export type MarkKind = 'place' | 'dispute' | 'amount' | 'selected';

/** A marked span of an article's normalised text. */
export interface Mark {
  /** Start offset (inclusive). */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** What it is. */
  kind: MarkKind;
}

/** A run of characters drawn the same way. */
export interface Segment {
  /** The characters. */
  text: string;
  /** Mark, or null for plain text. */
  kind: MarkKind | null;
}

/** The mark covering each offset: `selected` wins over the mention kinds. */
function kinds(length: number, marks: readonly Mark[]): (MarkKind | null)[] {
  const out = new Array<MarkKind | null>(length).fill(null);
  const ordered = [...marks].sort((a, b) => (a.kind === 'selected' ? 1 : 0) - (b.kind === 'selected' ? 1 : 0));
  for (const mark of ordered) for (let i = Math.max(0, mark.start); i < Math.min(length, mark.end); i++) out[i] = mark.kind;
  return out;
}

// Chinese typesetting keeps closing punctuation off the start of a line (避头点).
const NO_LINE_START = /^[，。、；：！？）》」』”’〉】,.;:!?)\]…—]$/u;

/** A character with its mark. */
interface Cell {
  ch: string;
  kind: MarkKind | null;
}

function segments(cells: readonly Cell[]): Segment[] {
  const out: Segment[] = [];
  for (const { ch, kind } of cells) {
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += ch;
    else out.push({ text: ch, kind });
  }
  return out;
}

/**
 * How many characters at the end of `line` move down with the closing punctuation that would
 * start the next line: the punctuation before it and one character more; none when that would
 * empty the line.
 */
function carried(line: readonly Cell[]): number {
  let k = 1;
  while (k < line.length && NO_LINE_START.test((line[line.length - k] as Cell).ch)) k++;
  return k < line.length ? k : 0;
}

/**
 * Wraps text to lines of at most `width` columns, keeping marks as segments; paragraphs
 * (`\n`) are separated by an empty line. Closing punctuation never starts a line: the character
 * before it moves down with it.
 */
export function wrapMarked(text: string, marks: readonly Mark[], width: number): Segment[][] {
  const byOffset = kinds(text.length, marks);
  const lines: Segment[][] = [];
  let line: Cell[] = [];
  let used = 0;
  const breakLine = (carried: Cell[] = []): void => {
    lines.push(segments(line));
    line = carried;
    used = carried.reduce((sum, cell) => sum + widthOf(cell.ch), 0);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\n') {
      breakLine();
      lines.push([]);
      continue;
    }
    const w = widthOf(ch);
    if (used + w > width && used > 0) {
      const k = NO_LINE_START.test(ch) ? carried(line) : 0;
      breakLine(k > 0 ? line.splice(line.length - k) : []);
    }
    line.push({ ch, kind: byOffset[i] ?? null });
    used += w;
  }
  if (line.length > 0) lines.push(segments(line));
  return lines;
}
