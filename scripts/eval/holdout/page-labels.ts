import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Span } from '../../../src/core/span.js';

/** A labelled amount (see test/fixtures/amounts/README.md for the conventions). */
export interface GoldAmount {
  text: string;
  yuan: string | null;
  min_yuan: string | null;
  max_yuan: string | null;
  vague: boolean;
  kind: string;
}

/** A labelled dispute mention. */
export interface GoldDispute {
  text: string;
  cause: string;
  role: string;
}

/** A labelled place. */
export interface GoldPlace {
  text: string;
  code: string | null;
  role: string;
}

/** A labelled article of a held-out page. */
export interface GoldArticle {
  dateline: string | null;
  headline: string | null;
  byline: string | null;
  begins: string;
  ends: string;
  amounts: GoldAmount[];
  disputes: GoldDispute[];
  places: GoldPlace[];
  primary: string | null;
}

/** A labelled page: its text and articles. */
export interface GoldPage {
  name: string;
  text: string;
  articles: GoldArticle[];
}

/** Reads every `NN-name.txt` with its `NN-name.labels.json` in a folder. */
export function readPages(dir: string): GoldPage[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({
      name,
      text: readFileSync(path.join(dir, name), 'utf8'),
      articles: (JSON.parse(readFileSync(path.join(dir, name.replace(/\.txt$/, '.labels.json')), 'utf8')) as { articles: GoldArticle[] }).articles,
    }));
}

/** A page with its line breaks removed, and the source offset of each character kept. */
export class Squashed {
  readonly text: string;
  private readonly offsets: number[] = [];

  constructor(source: string) {
    let text = '';
    for (let i = 0; i < source.length; i++) {
      const ch = source[i] as string;
      if (ch === '\n' || ch === '\r') continue;
      text += ch;
      this.offsets.push(i);
    }
    this.text = text;
  }

  /** Finds `needle` at or after `from`, as a source span and the index after it; null when absent. */
  find(needle: string, from: number): { span: Span; next: number } | null {
    const at = this.text.indexOf(needle, from);
    if (at < 0 || needle.length === 0) return null;
    const end = at + needle.length;
    return { span: { start: this.offsets[at] as number, end: (this.offsets[end - 1] as number) + 1 }, next: end };
  }

  /** The squashed index of the first character at or after source offset `offset`. */
  indexOf(offset: number): number {
    let low = 0;
    let high = this.offsets.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.offsets[mid] as number) < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
