import type { Article } from '../article.js';
import { toSourceSpan } from '../normalise.js';
import { excerpt } from '../span.js';
import type { AmountMention } from './amount-mention.js';
import type { AmountRules } from './amount-rules.js';
import { findAmounts } from './find-amounts.js';
import { paragraphAt } from './text-bounds.js';

/**
 * Finds the sums of money in an article's normalised text and places each in the source file:
 * `source` is the decoded text of the article's file, which every reported offset refers to.
 */
export function extractAmounts(article: Article, source: string, rules: AmountRules): AmountMention[] {
  return findAmounts(article.text, rules).map((found) => ({
    ...found,
    file: article.file,
    article: article.index,
    paragraph: paragraphAt(article.text, found.start),
    source: excerpt(source, toSourceSpan(article, found.start, found.end)),
  }));
}
