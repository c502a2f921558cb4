import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/core/article.js';
import { splitArticles } from '../../src/core/split/split-articles.js';
import { fmt } from './metrics.js';
import type { EvalReport } from './report.js';

/** Where the imitation pages and their expected articles live. */
export const PAGES_DIR = fileURLToPath(new URL('../../test/fixtures/pages/', import.meta.url));

interface ExpectedArticle {
  dateline: string | null;
  headline: string | null;
  byline: string | null;
  begins: string;
  ends: string;
}

const squash = (text: string): string => text.replace(/\s+/g, '');
const field = (value: string | null): string | null => (value === null ? null : value.replace(/\s+/g, ' ').trim());

function matches(article: Article, expected: ExpectedArticle): boolean {
  const body = squash(article.text);
  return body.startsWith(squash(expected.begins)) && body.endsWith(squash(expected.ends));
}

/**
 * Splits every imitation page and compares with its expected articles: boundary accuracy is the
 * share of expected articles found with the right start and end (over the larger of expected and
 * found counts); field accuracies count an unfound article as wrong.
 */
export function evaluateSplitter(): EvalReport {
  const pages = readdirSync(PAGES_DIR).filter((name) => name.endsWith('.txt')).sort();
  let expectedCount = 0;
  let foundCount = 0;
  let boundaries = 0;
  const right = { dateline: 0, headline: 0, byline: 0 };
  const errors: string[] = [];
  for (const page of pages) {
    const text = readFileSync(PAGES_DIR + page, 'utf8');
    const expected = (JSON.parse(readFileSync(PAGES_DIR + page.replace(/\.txt$/, '.expected.json'), 'utf8')) as { articles: ExpectedArticle[] }).articles;
    const found = splitArticles({ path: page, text });
    expectedCount += expected.length;
    foundCount += found.length;
    const unused = new Set(found);
    expected.forEach((want, i) => {
      const got = found.find((article) => unused.has(article) && matches(article, want));
      if (!got) {
        errors.push(`${page} #${i + 1}: no article begins "${want.begins}" and ends "${want.ends}"`);
        return;
      }
      unused.delete(got);
      boundaries++;
      for (const key of ['dateline', 'headline', 'byline'] as const) {
        if (field(got[key]) === field(want[key])) right[key]++;
        else errors.push(`${page} #${i + 1} ${key}: expected ${JSON.stringify(want[key])}, got ${JSON.stringify(got[key])}`);
      }
    });
    for (const extra of unused) errors.push(`${page}: unexpected article #${extra.index} "${extra.text.slice(0, 16)}…"`);
  }
  const metrics = {
    boundaries: boundaries / Math.max(expectedCount, foundCount, 1),
    dateline: right.dateline / Math.max(expectedCount, 1),
    headline: right.headline / Math.max(expectedCount, 1),
    byline: right.byline / Math.max(expectedCount, 1),
  };
  return {
    name: 'splitter',
    metrics,
    lines: [
      `${pages.length} pages, ${expectedCount} expected articles, ${foundCount} found`,
      `article boundaries ${fmt(metrics.boundaries)}`,
      `dateline ${fmt(metrics.dateline)}  headline ${fmt(metrics.headline)}  byline ${fmt(metrics.byline)}`,
      ...errors.map((error) => `  ${error}`),
    ],
  };
}
