import type { AnalysedArticle, AnalysedCorpus } from '../corpus.js';
import { toSourceSpan } from '../normalise.js';
import type { Span } from '../span.js';
import { bylineNames, nameSpans, overlapsAny, placeholderSpans } from './masks.js';
import type { OccurrenceOptions } from './term-options.js';
import type { SegmentedText, TokenCache } from './token-cache.js';

/** One place a word occurs: what keyword counts add up and what a concordance line shows. */
export interface TermOccurrence {
  /** The word as segmented from the normalised text. */
  term: string;
  /** Its part-of-speech tag, when tags were asked for. */
  pos?: string;
  /** The article it occurs in. */
  article: AnalysedArticle;
  /** Its span in the source file. */
  span: Span;
  /** True when it occurs in the headline rather than the body. */
  inHeadline: boolean;
}

const BLANK = /^\s*$/u;

/**
 * Visits the occurrences in one segmented text. Anonymisation placeholders (`张某某`, `甲公司`) and
 * the article's own byline names are masked: a token touching them is no occurrence, and neither
 * is the one-character surname jieba cuts off in front of `某` (`张/某某`).
 */
function visitPart(part: SegmentedText, article: AnalysedArticle, inHeadline: boolean, options: OccurrenceOptions, visit: (occurrence: TermOccurrence) => void): void {
  const text = part.normal.text;
  const placeholders = placeholderSpans(text);
  const masks = [...placeholders, ...nameSpans(text, bylineNames(article.byline))];
  const surnameEnds = new Set(placeholders.filter((span) => text[span.start] === '某').map((span) => span.start));
  for (const token of part.tokens) {
    const end = token.start + token.word.length;
    if (BLANK.test(token.word) || overlapsAny(token.start, end, masks)) continue;
    if (surnameEnds.has(end) && [...token.word].length === 1) continue;
    if (options.pos && !options.pos.has(token.pos ?? '')) continue;
    const occurrence: TermOccurrence = { term: token.word, article, span: toSourceSpan(part.normal, token.start, end), inHeadline };
    if (token.pos !== undefined) occurrence.pos = token.pos;
    visit(occurrence);
  }
}

/** Source text of each file of a corpus, by path. */
export function sourcesOf(corpus: AnalysedCorpus): Map<string, string> {
  return new Map(corpus.files.map((file) => [file.path, file.text]));
}

/**
 * Visits every word occurrence of the corpus's articles, in file and article order (an article's
 * headline first when headlines are included, then its body in text order), segmenting through
 * `cache` as needed. A visitor rather than a list, since a large corpus has millions.
 */
export function forEachOccurrence(corpus: AnalysedCorpus, cache: TokenCache, options: OccurrenceOptions, visit: (occurrence: TermOccurrence) => void): void {
  const sources = sourcesOf(corpus);
  const withPos = options.pos !== null;
  for (const article of corpus.articles) {
    if (options.includeHeadlines) {
      for (const piece of cache.headline(article, sources.get(article.file) ?? '', withPos)) visitPart(piece, article, true, options, visit);
    }
    visitPart(cache.body(article, withPos), article, false, options, visit);
  }
}
