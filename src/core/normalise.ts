import type { Span } from './span.js';

/**
 * Normalised text with a map back to the source: `offsets[i]` is the source offset of `text[i]`,
 * and `offsets[text.length]` is the source offset just past the last character used.
 */
export interface NormalText {
  /** Body text: layout breaks joined, paragraphs separated by `\n`, digits and letters folded to ASCII. */
  text: string;
  /** Source offset of each code unit of `text`, plus one final entry for the end. */
  offsets: Int32Array;
}

/** A piece of source text to normalise: a range of one line. */
export interface LineRange {
  /** Source offset where the range begins. */
  start: number;
  /** Source offset just past its end. */
  end: number;
  /** The range ends a paragraph though its text closes no sentence (a sub-heading). */
  endsParagraph?: boolean;
}

const SENTENCE_END = /[。！？!?…；;]$/;
const CLOSERS = /[”’"'」』）)》〉】\]]+$/;
const SPACE = /[\s\u3000\u00a0\ufeff]/;
const ASCII_ALNUM = /[A-Za-z0-9]/;
const ASCII_LETTER = /[A-Za-z]/;

/** True when the text ends a sentence: 。！？…； optionally followed by closing quotes or brackets. */
export function closesSentence(text: string): boolean {
  return SENTENCE_END.test(text.replace(CLOSERS, ''));
}

/** Folds full-width digits and Latin letters (U+FF10-FF19, FF21-FF3A, FF41-FF5A) to ASCII. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
    return String.fromCharCode(code - 0xfee0);
  }
  return ch;
}

/** What to put between two pieces of text joined across a layout break or a run of spaces. */
function joiner(before: string, after: string): string {
  if (!ASCII_ALNUM.test(before) || !ASCII_ALNUM.test(after)) return '';
  // Digits on both sides are one number split by the layout ("201\n820"); a letter on either side
  // is a word boundary ("RMB 3000", "Supreme Court").
  return ASCII_LETTER.test(before) || ASCII_LETTER.test(after) ? ' ' : '';
}

class Builder {
  private readonly chars: string[] = [];
  private readonly map: number[] = [];
  private pendingSpace = -1;

  constructor(private readonly source: string) {}

  get last(): string {
    return this.chars[this.chars.length - 1] ?? '';
  }

  push(ch: string, at: number): void {
    if (this.pendingSpace >= 0 && joiner(this.last, ch) === ' ') {
      this.chars.push(' ');
      this.map.push(this.pendingSpace);
    }
    this.pendingSpace = -1;
    this.chars.push(ch);
    this.map.push(at);
  }

  /** Marks a space or layout break at `at`; it becomes a space only between two Latin words. */
  space(at: number): void {
    if (this.chars.length > 0 && this.pendingSpace < 0) this.pendingSpace = at;
  }

  paragraph(at: number): void {
    this.pendingSpace = -1;
    if (this.chars.length > 0 && this.last !== '\n') {
      this.chars.push('\n');
      this.map.push(at);
    }
  }

  line(range: LineRange): void {
    for (let i = range.start; i < range.end; i++) {
      const ch = this.source[i] as string;
      if (SPACE.test(ch)) this.space(i);
      else this.push(foldChar(ch), i);
    }
  }

  finish(end: number): NormalText {
    while (this.last === '\n') {
      this.chars.pop();
      this.map.pop();
    }
    const text = this.chars.join('');
    const offsets = new Int32Array(text.length + 1);
    offsets.set(this.map);
    offsets[text.length] = text.length > 0 ? (this.map[this.map.length - 1] as number) + 1 : end;
    return { text, offsets };
  }
}

/**
 * Normalises a run of source lines into body text. A break between two lines is layout, and is
 * joined, unless the text before it closes a sentence; blank lines count as breaks too, since
 * extracted pages put them mid-sentence ("堡垒作\n\n用"). Spaces fold away except between Latin words.
 */
export function normaliseLines(source: string, lines: readonly LineRange[]): NormalText {
  const out = new Builder(source);
  let previous = '';
  let previousEnd = 0;
  let previousEndsParagraph = false;
  for (const range of lines) {
    const text = source.slice(range.start, range.end).trim();
    if (text.length === 0) continue;
    // A break maps to where the previous line ended: its line terminator.
    if (previous && (previousEndsParagraph || closesSentence(previous))) out.paragraph(previousEnd);
    else out.space(previousEnd);
    out.line(range);
    previous = text;
    previousEnd = range.end;
    previousEndsParagraph = range.endsParagraph === true;
  }
  const lastLine = lines[lines.length - 1];
  return out.finish(lastLine ? lastLine.end : 0);
}

/** Maps a span of normalised text back to the source span it came from. */
export function toSourceSpan(normal: NormalText, start: number, end: number): Span {
  const from = normal.offsets[start] ?? 0;
  if (end <= start) return { start: from, end: from };
  const lastChar = normal.offsets[end - 1] ?? from;
  return { start: from, end: lastChar + 1 };
}

/**
 * The normalised span whose characters came from `span` of the source, or null when the span
 * does not start and end on characters the normalised text kept (a headline, a dropped space).
 */
export function toNormalSpan(normal: NormalText, span: Span): { start: number; end: number } | null {
  const find = (offset: number): number => {
    let low = 0;
    let high = normal.text.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const at = normal.offsets[mid] as number;
      if (at === offset) return mid;
      if (at < offset) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  };
  const start = find(span.start);
  const last = find(span.end - 1);
  return start < 0 || last < start ? null : { start, end: last + 1 };
}
