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

/**
 * Wraps text to lines of at most `width` columns, keeping marks as segments; paragraphs
 * (`\n`) are separated by an empty line.
 */
export function wrapMarked(text: string, marks: readonly Mark[], width: number): Segment[][] {
  const byOffset = kinds(text.length, marks);
  const lines: Segment[][] = [];
  let line: Segment[] = [];
  let used = 0;
  const push = (ch: string, kind: MarkKind | null): void => {
    const last = line[line.length - 1];
    if (last && last.kind === kind) last.text += ch;
    else line.push({ text: ch, kind });
  };
  const breakLine = (): void => {
    lines.push(line);
    line = [];
    used = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\n') {
      breakLine();
      lines.push([]);
      continue;
    }
    const w = widthOf(ch);
    if (used + w > width && used > 0) breakLine();
    push(ch, byOffset[i] ?? null);
    used += w;
  }
  if (line.length > 0) lines.push(line);
  return lines;
}
