/** Which tokens are occurrences at all: options that act on each occurrence. */
export interface OccurrenceOptions {
  /** Keep only tokens with one of these part-of-speech tags (exact jieba tags); null keeps all. */
  pos: ReadonlySet<string> | null;
  /** Count headline words as well as body words. */
  includeHeadlines: boolean;
}

/** Which words are counted: options that act on a word wherever it occurs. */
export interface WordOptions {
  /** Words never counted (general, court boilerplate and placeholder lists, or the user's). */
  stopwords: ReadonlySet<string>;
  /** Shortest word counted, in characters (code points). */
  minLength: number;
}

/** Everything that decides what the keyword views count. */
export type TermOptions = OccurrenceOptions & WordOptions;

/** The default shortest word: single characters are almost always function words or name parts. */
export const DEFAULT_MIN_LENGTH = 2;

/** The options words are counted under when the user sets none (the CLI's defaults, the TUI's). */
export function defaultTermOptions(stopwords: ReadonlySet<string>): TermOptions {
  return { stopwords, minLength: DEFAULT_MIN_LENGTH, pos: null, includeHeadlines: false };
}
