import type { Article } from '../article.js';
import type { NormalText } from '../normalise.js';
import type { Segmenter, Token } from '../segment/segmenter.js';
import { headlinePieces } from './headline-pieces.js';

/** A segmented piece of an article: its text and its tokens. */
export interface SegmentedText {
  /** The text segmented, with its map to the source. */
  normal: NormalText;
  /** Its tokens, with offsets in `normal.text`. */
  tokens: Token[];
}

/**
 * Segments articles on demand and remembers the result per article object, so views that need
 * words pay for segmentation once, only when asked, and a filtered corpus (which shares article
 * objects) reuses it. Tokens with and without part-of-speech tags are kept apart, since tagging
 * costs more.
 */
export class TokenCache {
  private readonly bodies = [new WeakMap<Article, SegmentedText>(), new WeakMap<Article, SegmentedText>()];
  private readonly headlines = [new WeakMap<Article, SegmentedText[]>(), new WeakMap<Article, SegmentedText[]>()];

  /**
   * Creates a cache over one segmenter. A one-pass caller (a CLI command) passes
   * `remember: false`, so a large corpus's tokens are not all held in memory at once.
   */
  constructor(
    readonly segmenter: Segmenter,
    private readonly options: { remember: boolean } = { remember: true },
  ) {}

  /** The article's body, segmented. */
  body(article: Article, withPos: boolean): SegmentedText {
    const cache = this.bodies[withPos ? 1 : 0] as WeakMap<Article, SegmentedText>;
    let done = cache.get(article);
    if (!done) {
      done = this.segment(article, withPos);
      if (this.options.remember) cache.set(article, done);
    }
    return done;
  }

  /** The article's headline pieces, segmented (none when it has no headline). */
  headline(article: Article, source: string, withPos: boolean): SegmentedText[] {
    if (!article.headlineSpan) return [];
    const cache = this.headlines[withPos ? 1 : 0] as WeakMap<Article, SegmentedText[]>;
    let done = cache.get(article);
    if (!done) {
      done = headlinePieces(source, article.headlineSpan).map((piece) => this.segment(piece, withPos));
      if (this.options.remember) cache.set(article, done);
    }
    return done;
  }

  private segment(normal: NormalText, withPos: boolean): SegmentedText {
    const tokens = withPos ? this.segmenter.tag(normal.text) : this.segmenter.cut(normal.text);
    return { normal: { text: normal.text, offsets: normal.offsets }, tokens };
  }
}
