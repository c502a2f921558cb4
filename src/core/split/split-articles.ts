import type { Article } from '../article.js';
import { normaliseLines } from '../normalise.js';
import type { SourceFile } from '../source-file.js';
import { excerpt } from '../span.js';
import { articleDate, dateFromPath } from './article-date.js';
import { assignHeadlines } from './assign-headlines.js';
import { splitPages } from './pages.js';
import { layoutPage } from './split-page.js';

/**
 * Splits a decoded file into articles: page by page, read the line structure, normalise each
 * body, then give each headline to its article by position and content.
 */
export function splitArticles(file: Pick<SourceFile, 'path' | 'text'>): Article[] {
  const fileDate = dateFromPath(file.path);
  const articles: Article[] = [];
  for (const page of splitPages(file.text)) {
    const layout = layoutPage(file.text, page.start, page.end);
    const bodies = layout.articles.map((a) => normaliseLines(file.text, a.body));
    const owners = assignHeadlines(layout.headlines, bodies.map((b) => b.text));
    layout.articles.forEach((a, i) => {
      const owner = owners.indexOf(i);
      const headline = owner === -1 ? undefined : layout.headlines[owner];
      const place = a.dateline?.place ?? null;
      const placeStart = a.datelineAt + (a.dateline?.placeIndex ?? 0);
      const body = bodies[i] as (typeof bodies)[number];
      articles.push({
        file: file.path,
        index: articles.length + 1,
        dateline: place,
        datelineSpan: place === null ? null : excerpt(file.text, { start: placeStart, end: placeStart + place.length }),
        headline: headline?.text ?? null,
        headlineSpan: headline?.span ?? null,
        byline: a.byline,
        date: articleDate(fileDate, a.dateline?.month ?? null, a.dateline?.day ?? null),
        span: a.span,
        text: body.text,
        offsets: body.offsets,
      });
    });
  }
  return articles;
}
