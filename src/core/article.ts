import type { NormalText } from './normalise.js';
import type { SourceExcerpt, Span } from './span.js';

/** One article of a bulletin page. */
export interface Article extends NormalText {
  /** File path relative to the corpus folder. */
  file: string;
  /** 1-based position in its file, in page order. */
  index: number;
  /** Dateline place as written (`科布尔`), or null (`本报讯`, `新华社电`, no dateline). */
  dateline: string | null;
  /** Source span of the dateline place, when there is one. */
  datelineSpan: SourceExcerpt | null;
  /** Headline, its line halves joined by one space, or null. */
  headline: string | null;
  /** Source span of the headline (first line to last), or null. */
  headlineSpan: Span | null;
  /** Byline: names joined by one space, or a `…供稿` credit; null when absent. */
  byline: string | null;
  /** `YYYY-MM-DD` or `YYYY-MM` from the dateline and the file name, or null. */
  date: string | null;
  /** Source span from the start of the dateline or first body line to the end of the byline. */
  span: Span;
  /** Body text (`NormalText.text`): dateline, headline and byline excluded. */
  text: string;
}
