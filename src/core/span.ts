/** A half-open range `[start, end)` of UTF-16 code units in a decoded source text. */
export interface Span {
  /** Offset of the first code unit. */
  start: number;
  /** Offset just past the last code unit. */
  end: number;
}

/** A span and the text it covers in the source, line breaks removed. */
export interface SourceExcerpt extends Span {
  /** The covered source text with layout line breaks removed. */
  text: string;
}

/** The source text of `span` with its line breaks removed, as mentions report it. */
export function excerpt(source: string, span: Span): SourceExcerpt {
  return { ...span, text: source.slice(span.start, span.end).replace(/[\r\n]+/g, '') };
}
