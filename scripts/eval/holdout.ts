import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatYuan } from '../../src/core/amounts/yuan.js';
import { analyseCorpus, type AnalysedArticle } from '../../src/core/corpus.js';
import type { Span } from '../../src/core/span.js';
import { loadAnalysisData } from '../../src/io/analysis-data.js';
import { readPages, Squashed, type GoldArticle } from './holdout/page-labels.js';
import { addTally, fmt, precision, recall, tally, type Tally } from './metrics.js';
import type { EvalReport } from './report.js';

/** The held-out pages committed with the project (see their README and FINDINGS). */
export const HOLDOUT_DIR = fileURLToPath(new URL('../../test/fixtures/holdout/', import.meta.url));

/** The held-out sets in the repository, by suite name: the first, and later ones used for tuning since. */
export const HOLDOUT_SETS = ['holdout', 'holdout-2', 'holdout-3', 'holdout-4', 'holdout-5', 'holdout-6', 'holdout-7'] as const;

/** The folder of a held-out set in the repository. */
export function holdoutDir(name: (typeof HOLDOUT_SETS)[number]): string {
  return fileURLToPath(new URL(`../../test/fixtures/${name}/`, import.meta.url));
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const squash = (text: string): string => text.replace(/\s+/g, '');
const yuan = (fen: number | null): string | null => (fen === null ? null : formatYuan(fen));

interface Scores {
  articles: number;
  fields: { dateline: number; headline: number; byline: number; boundaries: number; primary: number };
  amounts: Tally;
  amountKinds: [number, number];
  disputes: Tally;
  places: Tally;
  placeRoles: [number, number];
}

/** Scores one extractor's predictions against gold spans: a match overlaps and agrees. */
function score<G, P>(gold: readonly { span: Span; label: G }[], found: readonly { span: Span; value: P }[], agree: (g: G, p: P) => boolean, t: Tally, onMatch?: (g: G, p: P) => void): void {
  const unused = new Set(found);
  for (const g of gold) {
    const hit = [...unused].find((p) => overlaps(g.span, p.span) && agree(g.label, p.value));
    if (hit) {
      unused.delete(hit);
      t.truePositives++;
      onMatch?.(g.label, hit.value);
    } else t.falseNegatives++;
  }
  t.falsePositives += unused.size;
}

function locate<T extends { text: string }>(page: Squashed, items: readonly T[], from: number, to: number): { span: Span; label: T }[] {
  const out: { span: Span; label: T }[] = [];
  let at = from;
  for (const item of items) {
    const hit = page.find(item.text, at);
    if (!hit || hit.next > to) continue;
    out.push({ span: hit.span, label: item });
    at = hit.next;
  }
  return out;
}

/**
 * Scores the mentions found inside one labelled article's body, whichever found articles they
 * belong to (a splitting error is counted once, by the article figures, not again here).
 */
function scoreArticle(gold: GoldArticle, got: AnalysedArticle | undefined, near: readonly AnalysedArticle[], body: Span, page: Squashed, from: number, to: number, s: Scores): void {
  const inBody = <T extends { span: Span }>(items: readonly T[]): T[] => items.filter((item) => overlaps(item.span, body));
  const amounts = inBody(near.flatMap((a) => a.amounts).map((m) => ({ span: m.source, value: m })));
  score(locate(page, gold.amounts, from, to), amounts, (g, p) => g.vague === p.vague && g.yuan === yuan(p.fen) && g.min_yuan === yuan(p.minFen) && g.max_yuan === yuan(p.maxFen), s.amounts, (g, p) => {
    s.amountKinds[1]++;
    if (g.kind === p.kind) s.amountKinds[0]++;
  });
  const disputes = inBody(near.flatMap((a) => a.disputes).map((m) => ({ span: m.source, value: m })));
  score(locate(page, gold.disputes, from, to), disputes, (g, p) => g.cause === p.cause && g.role === p.role, s.disputes);
  const places = near
    .flatMap((a) => a.regions.filter((m) => (a === got && m.role === 'dateline') || overlaps(m.span, body)))
    .map((m) => ({ span: m.span, value: m }));
  // The dateline stands before the body: look for places from where the found article starts.
  const goldPlaces = locate(page, gold.places, got ? Math.min(from, page.indexOf(got.span.start)) : from, to);
  score(goldPlaces, places, (g, p) => g.code === p.code, s.places, (g, p) => {
    s.placeRoles[1]++;
    if (g.role === p.role) s.placeRoles[0]++;
  });
  if ((got?.primaryRegion?.code ?? null) === gold.primary) s.fields.primary++;
}

/**
 * Measures every extractor on held-out pages labelled by a writer who had not seen the rules:
 * articles (boundaries, dateline, headline, byline, primary region), amounts (values; kinds
 * apart), disputes (cause and role) and places (code; roles apart). Predictions inside headlines
 * and bylines are not scored. No floor: these figures estimate accuracy on unseen text.
 */
export function evaluateHoldout(dir = process.env.HOLDOUT_DIR ?? HOLDOUT_DIR): EvalReport {
  const pages = readPages(dir);
  const data = loadAnalysisData();
  const s: Scores = { articles: 0, fields: { dateline: 0, headline: 0, byline: 0, boundaries: 0, primary: 0 }, amounts: tally(), amountKinds: [0, 0], disputes: tally(), places: tally(), placeRoles: [0, 0] };
  for (const page of pages) {
    const articles = analyseCorpus([{ path: page.name, encoding: 'utf-8', text: page.text, bytes: 0 }], data).articles;
    const squashed = new Squashed(page.text);
    let from = 0;
    for (const gold of page.articles) {
      s.articles++;
      const start = squashed.find(gold.begins, from);
      const end = start ? squashed.find(gold.ends, start.next - gold.begins.length) : null;
      if (!start || !end) continue;
      const body: Span = { start: start.span.start, end: end.span.end };
      const got = articles.find((a) => overlaps(a.span, body) && a.span.start <= body.start + 2 && a.span.end >= body.end - 2) ?? articles.find((a) => overlaps(a.span, body));
      if (got && squash(got.text).startsWith(squash(gold.begins)) && squash(got.text).endsWith(squash(gold.ends))) s.fields.boundaries++;
      if (got?.dateline === gold.dateline) s.fields.dateline++;
      if ((got?.headline ?? null) === gold.headline) s.fields.headline++;
      if ((got?.byline ?? null) === gold.byline) s.fields.byline++;
      const near = articles.filter((a) => overlaps(a.span, body));
      scoreArticle(gold, got, near, body, squashed, start.next - gold.begins.length, end.next, s);
      from = end.next;
    }
  }
  const ratio = (n: number): string => fmt(n / Math.max(1, s.articles));
  const pr = (t: Tally): string => `precision ${fmt(precision(t))}  recall ${fmt(recall(t))}  (tp ${t.truePositives}, fp ${t.falsePositives}, fn ${t.falseNegatives})`;
  const all = tally();
  for (const t of [s.amounts, s.disputes, s.places]) addTally(all, t);
  return {
    name: `holdout (${path.basename(path.resolve(dir))})`,
    metrics: { amounts: recall(s.amounts), disputes: recall(s.disputes), places: recall(s.places), boundaries: s.fields.boundaries / Math.max(1, s.articles) },
    lines: [
      `${pages.length} pages, ${s.articles} labelled articles`,
      `articles   boundaries ${ratio(s.fields.boundaries)}  dateline ${ratio(s.fields.dateline)}  headline ${ratio(s.fields.headline)}  byline ${ratio(s.fields.byline)}  primary region ${ratio(s.fields.primary)}`,
      `amounts    ${pr(s.amounts)}  kind ${fmt(s.amountKinds[0] / Math.max(1, s.amountKinds[1]))}`,
      `disputes   ${pr(s.disputes)}`,
      `places     ${pr(s.places)}  role ${fmt(s.placeRoles[0] / Math.max(1, s.placeRoles[1]))}`,
    ],
  };
}
