import type { AnalysedArticle } from '../../core/corpus.js';
import { toNormalSpan } from '../../core/normalise.js';
import type { Segment } from '../layout/wrap-marked.js';
import { wrapMarked, type Mark } from '../layout/wrap-marked.js';
import type { Screen } from './tui-state.js';

type ArticleScreen = Extract<Screen, { kind: 'article' }>;

/** The article's mentions as coloured marks: places, dispute types (cases) and sums of money. */
export function mentionMarks(article: AnalysedArticle): Mark[] {
  return [
    ...article.regions.flatMap((m): Mark[] => {
      const span = m.status === 'resolved' ? toNormalSpan(article, m.span) : null;
      return span ? [{ ...span, kind: 'place' }] : [];
    }),
    ...article.disputes.filter((m) => m.role === 'case').map((m): Mark => ({ start: m.start, end: m.end, kind: 'dispute' })),
    ...article.amounts.map((m): Mark => ({ start: m.start, end: m.end, kind: 'amount' })),
  ];
}

let cache: { screen: ArticleScreen; width: number; lines: Segment[][] } | undefined;

/** Columns of text beside the article view's margins. */
export function textWidth(columns: number): number {
  return Math.max(10, columns - 4);
}

/** The article screen's text wrapped to the terminal, with the selected spans marked (memoised). */
export function articleLines(screen: ArticleScreen, columns: number): Segment[][] {
  const width = textWidth(columns);
  if (cache && cache.screen.article === screen.article && cache.screen.highlights === screen.highlights && cache.width === width) return cache.lines;
  const marks: Mark[] = [...mentionMarks(screen.article), ...screen.highlights.map((h): Mark => ({ start: h.start, end: h.end, kind: 'selected' }))];
  const lines = wrapMarked(screen.article.text, marks, width);
  cache = { screen, width, lines };
  return lines;
}
