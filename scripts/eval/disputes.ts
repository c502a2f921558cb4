import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classifyDisputes, type DisputeMatch } from '../../src/core/disputes/classify.js';
import { NONE, UNLISTED } from '../../src/core/disputes/mention.js';
import { loadDisputeModel } from '../../src/io/load-dispute-model.js';
import { addTally, fmt, precision, recall, tally, type Tally } from './metrics.js';
import type { EvalReport } from './report.js';

/** The labelled dispute-type set (see its README.md). */
export const DISPUTES_SET = fileURLToPath(new URL('../../test/fixtures/disputes/eval-set.json', import.meta.url));

interface GoldMention {
  text: string;
  cause: string;
  family: string;
  role: string;
}

interface GoldCase {
  id: string;
  phrasing: string;
  text: string;
  mentions: GoldMention[];
}

interface Spanned {
  start: number;
  end: number;
  cause: string;
  role: string;
  label: string;
}

/** Gold mentions with spans: each text's next occurrence, left to right. */
function goldSpans(text: string, mentions: readonly GoldMention[]): Spanned[] {
  let from = 0;
  return mentions.map((mention) => {
    let start = text.indexOf(mention.text, from);
    if (start < 0) start = text.indexOf(mention.text);
    if (start < 0) throw new Error(`gold mention ${mention.text} not in ${text}`);
    from = start + 1;
    return { start, end: start + mention.text.length, cause: mention.cause, role: mention.role, label: mention.text };
  });
}

function predicted(text: string, match: DisputeMatch): Spanned {
  const cause = match.node ? match.node.name : match.role === 'case' ? UNLISTED : NONE;
  return { start: match.start, end: match.end, cause, role: match.role, label: text.slice(match.start, match.end) };
}

const same = (a: Spanned, b: Spanned): boolean => a.start < b.end && b.start < a.end && a.cause === b.cause && a.role === b.role;
const show = (m: Spanned): string => `${m.label} → ${m.cause} [${m.role}]`;

/** Scores one case: a prediction counts when it overlaps an unused gold mention of the same cause and role. */
function scoreCase(gold: readonly Spanned[], found: readonly Spanned[]): { tally: Tally; missed: Spanned[]; extra: Spanned[] } {
  const result = tally();
  const unused = new Set(gold);
  const extra: Spanned[] = [];
  for (const prediction of found) {
    const hit = [...unused].find((g) => same(g, prediction));
    if (hit) {
      unused.delete(hit);
      result.truePositives++;
    } else {
      extra.push(prediction);
      result.falsePositives++;
    }
  }
  result.falseNegatives = unused.size;
  return { tally: result, missed: [...unused], extra };
}

// The name comes last: CJK phrasing names would break a padded column.
const line = (name: string, t: Tally): string =>
  `precision ${fmt(precision(t))}  recall ${fmt(recall(t))}  (tp ${String(t.truePositives).padStart(3)}, fp ${String(t.falsePositives).padStart(2)}, fn ${String(t.falseNegatives).padStart(2)})  ${name}`;

/**
 * Classifies every case of the labelled set (line breaks removed, as the normaliser joins them)
 * and reports precision and recall overall and per phrasing. A prediction matches a gold mention
 * that overlaps its span with the same cause and role; each gold mention matches once.
 */
export function evaluateDisputes(): EvalReport {
  const set = JSON.parse(readFileSync(DISPUTES_SET, 'utf8')) as { cases: GoldCase[] };
  const model = loadDisputeModel('2025');
  const overall = tally();
  const byPhrasing = new Map<string, Tally>();
  const errors: string[] = [];
  for (const item of set.cases) {
    const text = item.text.replace(/\n/g, '');
    const gold = goldSpans(text, item.mentions);
    const found = classifyDisputes(text, model).map((match) => predicted(text, match));
    const scored = scoreCase(gold, found);
    addTally(overall, scored.tally);
    const phrasing = byPhrasing.get(item.phrasing) ?? tally();
    addTally(phrasing, scored.tally);
    byPhrasing.set(item.phrasing, phrasing);
    for (const miss of scored.missed) errors.push(`${item.id} missed ${show(miss)}`);
    for (const extra of scored.extra) errors.push(`${item.id} extra  ${show(extra)}`);
  }
  return {
    name: 'disputes',
    metrics: { precision: precision(overall), recall: recall(overall) },
    lines: [
      `${set.cases.length} cases, ${overall.truePositives + overall.falseNegatives} gold mentions`,
      line('overall', overall),
      'per phrasing:',
      ...[...byPhrasing].map(([name, t]) => line(`  ${name}`, t)),
      ...errors.map((error) => `  ${error}`),
    ],
  };
}
