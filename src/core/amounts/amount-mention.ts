import type { SourceExcerpt } from '../span.js';
import type { AmountKind } from './amount-kind.js';

/** A sum of money found in normalised text, before it is placed in a file. */
export interface AmountFind {
  /** Offset in the normalised text where the amount begins (人民币, 约 … included). */
  start: number;
  /** Offset just past it (元, 整, 左右 … included). */
  end: number;
  /** The stated value in fen (a range's lower bound); null when vague. */
  fen: number | null;
  /** Lower bound in fen; null when vague. */
  minFen: number | null;
  /** Upper bound in fen; null when vague. */
  maxFen: number | null;
  /** A qualified value, a range or a vague amount: not an exact sum. */
  approx: boolean;
  /** No definite value (数十万元, 百万欠款): counted, never summed. */
  vague: boolean;
  /** What the money is. */
  kind: AmountKind;
}

/** A sum of money in an article, placed in its source file. */
export interface AmountMention extends AmountFind {
  /** File path relative to the corpus folder. */
  file: string;
  /** 1-based index of the article in its file. */
  article: number;
  /** 1-based paragraph of the article body (`\n`-separated in its normalised text). */
  paragraph: number;
  /** The span in the decoded source text and the text written there, line breaks removed. */
  source: SourceExcerpt;
}
