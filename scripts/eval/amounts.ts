import { readFileSync } from 'node:fs';
import { findAmounts } from '../../src/core/amounts/find-amounts.js';
import type { AmountFind } from '../../src/core/amounts/amount-mention.js';
import { formatYuan } from '../../src/core/amounts/yuan.js';
import { splitLines } from '../../src/core/lines.js';
import { normaliseLines, toSourceSpan } from '../../src/core/normalise.js';
import { loadAmountRules } from '../../src/io/amount-rules.js';
import { addTally, fmt, precision, recall, tally, type Tally } from './metrics.js';
import type { EvalReport } from './report.js';

/** The labelled set (see its README for the conventions). */
export const AMOUNTS_SET = new URL('../../test/fixtures/amounts/eval-set.json', import.meta.url);

interface GoldAmount {
  text: string;
  yuan: string | null;
  min_yuan: string | null;
  max_yuan: string | null;
  approx: boolean;
  vague: boolean;
  kind: string;
}

interface EvalCase {
  id: string;
  form: string;
  text: string;
  amounts: GoldAmount[];
}

interface Placed {
  start: number;
  end: number;
  text: string;
}

const yuanOf = (fen: number | null): string | null => (fen === null ? null : formatYuan(fen));

function sameValues(gold: GoldAmount, found: AmountFind): boolean {
  return gold.vague === found.vague && gold.yuan === yuanOf(found.fen) && gold.min_yuan === yuanOf(found.minFen) && gold.max_yuan === yuanOf(found.maxFen);
}

function describe(found: AmountFind, text: string): string {
  const range = found.vague ? 'vague' : `${yuanOf(found.fen)} [${yuanOf(found.minFen)}..${yuanOf(found.maxFen)}]`;
  return `"${text}" ${range} ${found.kind}`;
}

/** Runs the extractor on one case the way the pipeline does: normalise, find, map back. */
function extract(source: string): { found: AmountFind; at: Placed }[] {
  const normal = normaliseLines(source, splitLines(source));
  // Gold spans count characters with the case's line breaks removed.
  const flat = (offset: number): number => offset - (source.slice(0, offset).match(/[\r\n]/g)?.length ?? 0);
  const plain = source.replace(/[\r\n]/g, '');
  return findAmounts(normal.text, loadAmountRules()).map((found) => {
    const span = toSourceSpan(normal, found.start, found.end);
    const at = { start: flat(span.start), end: flat(span.end) };
    return { found, at: { ...at, text: plain.slice(at.start, at.end) } };
  });
}

/** Places each gold amount in the case text, in order, so `300` after `2300` is found after it. */
function placeGold(source: string, gold: readonly GoldAmount[]): Placed[] {
  const plain = source.replace(/[\r\n]/g, '');
  let from = 0;
  return gold.map((amount) => {
    const start = plain.indexOf(amount.text, from);
    if (start < 0) throw new Error(`gold span "${amount.text}" not in its case`);
    from = start + amount.text.length;
    return { start, end: from, text: amount.text };
  });
}

/**
 * Measures the amount extractor on the labelled set: a prediction matches a gold amount when their
 * spans overlap and their values (yuan, min, max, vague) are equal. Recall per form counts the gold
 * amounts of the cases of that form; kind accuracy is over matched pairs.
 */
export function evaluateAmounts(): EvalReport {
  const cases = (JSON.parse(readFileSync(AMOUNTS_SET, 'utf8')) as { cases: EvalCase[] }).cases;
  const overall = tally();
  const byForm = new Map<string, Tally>();
  let matched = 0;
  let kindsRight = 0;
  let negativeCases = 0;
  let cleanNegatives = 0;
  const errors: string[] = [];
  for (const item of cases) {
    const predictions = extract(item.text);
    const gold = placeGold(item.text, item.amounts);
    const used = new Set<number>();
    const t = tally();
    item.amounts.forEach((want, g) => {
      const place = gold[g] as Placed;
      const hit = predictions.findIndex((p, i) => !used.has(i) && p.at.start < place.end && place.start < p.at.end && sameValues(want, p.found));
      if (hit < 0) {
        t.falseNegatives++;
        errors.push(`${item.id} missed "${want.text}" ${want.vague ? 'vague' : `${want.yuan} [${want.min_yuan}..${want.max_yuan}]`} ${want.kind}`);
        return;
      }
      used.add(hit);
      t.truePositives++;
      matched++;
      const got = (predictions[hit] as (typeof predictions)[number]).found;
      if (got.kind === want.kind) kindsRight++;
      else errors.push(`${item.id} kind of "${want.text}": expected ${want.kind}, got ${got.kind}`);
    });
    predictions.forEach((p, i) => {
      if (used.has(i)) return;
      t.falsePositives++;
      errors.push(`${item.id} spurious ${describe(p.found, p.at.text)}`);
    });
    if (item.form === 'negative') {
      negativeCases++;
      if (t.falsePositives === 0) cleanNegatives++;
    }
    addTally(overall, t);
    if (!byForm.has(item.form)) byForm.set(item.form, tally());
    addTally(byForm.get(item.form) as Tally, t);
  }
  const metrics: Record<string, number> = {
    precision: precision(overall),
    recall: recall(overall),
    kindAccuracy: matched === 0 ? 1 : kindsRight / matched,
  };
  const formLines: string[] = [];
  for (const [form, t] of byForm) {
    if (form === 'negative') continue;
    metrics[`recall.${form}`] = recall(t);
    formLines.push(`  ${form.padEnd(10)} ${fmt(recall(t))}  (${t.truePositives}/${t.truePositives + t.falseNegatives})`);
  }
  return {
    name: 'amounts',
    metrics,
    lines: [
      `${cases.length} cases, ${overall.truePositives + overall.falseNegatives} gold amounts, ${overall.truePositives + overall.falsePositives} found`,
      `precision ${fmt(metrics.precision as number)}  recall ${fmt(metrics.recall as number)}`,
      'recall by form:',
      ...formLines,
      `negative cases without a false amount ${cleanNegatives}/${negativeCases}`,
      `kind accuracy ${fmt(metrics.kindAccuracy as number)}  (${kindsRight}/${matched} matched amounts)`,
      ...errors.map((error) => `  ${error}`),
    ],
  };
}
