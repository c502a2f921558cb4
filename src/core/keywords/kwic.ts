import type { Span } from '../span.js';
import { excerpt } from '../span.js';

/** One concordance line: an occurrence with its context as the source shows it. */
export interface ConcordanceLine {
  /** Up to `width` characters of source text before the occurrence. */
  left: string;
  /** The occurrence as written in the source, line breaks removed. */
  term: string;
  /** Up to `width` characters of source text after it. */
  right: string;
}

const SPACE = /\s/u;

/**
 * Reads up to `width` characters (code points) of `source` from `from` in direction `step`,
 * showing each run of white space, line breaks included, as one space.
 */
function context(source: string, from: number, step: 1 | -1, width: number): string {
  const out: string[] = [];
  let i = from;
  while (out.length < width && (step < 0 ? i > 0 : i < source.length)) {
    const at = step < 0 ? i - 1 : i;
    let ch = source[at] as string;
    // Step over a surrogate pair as one character.
    if (step < 0 && at > 0 && /[\uDC00-\uDFFF]/.test(ch) && /[\uD800-\uDBFF]/.test(source[at - 1] as string)) ch = source.slice(at - 1, at + 1);
    else if (step > 0 && /[\uD800-\uDBFF]/.test(ch) && /[\uDC00-\uDFFF]/.test(source[at + 1] ?? '')) ch = source.slice(at, at + 2);
    i += step * ch.length;
    if (SPACE.test(ch)) {
      if (out[out.length - 1] !== ' ') out.push(' ');
    } else out.push(ch);
  }
  return (step < 0 ? out.reverse() : out).join('');
}

/** The concordance line of the occurrence at `span` of `source`, with `width` characters each side. */
export function concordanceLine(source: string, span: Span, width: number): ConcordanceLine {
  return {
    left: context(source, span.start, -1, width),
    term: excerpt(source, span).text,
    right: context(source, span.end, 1, width),
  };
}
