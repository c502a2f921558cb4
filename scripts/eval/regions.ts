import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyseFile } from '../../src/core/corpus.js';
import { loadAnalysisData } from '../../src/io/analysis-data.js';
import type { RegionMention } from '../../src/core/regions/region-types.js';
import { addTally, fmt, precision, recall, tally, type Tally } from './metrics.js';
import type { EvalReport } from './report.js';

/** The labelled set (see its README). */
export const REGIONS_SET = fileURLToPath(new URL('../../test/fixtures/regions/eval-set.json', import.meta.url));

interface GoldMention {
  text: string;
  code: string | null;
  role: string;
  ambiguous?: boolean;
  unresolved?: boolean;
  candidates?: string[];
}

interface Case {
  id: string;
  form: string;
  text: string;
  mentions: GoldMention[];
  primary: string | null;
}

interface FormScore {
  detection: Tally;
  matched: number;
  resolved: number;
  roles: number;
  cases: number;
  primaries: number;
}

const score = (): FormScore => ({ detection: tally(), matched: 0, resolved: 0, roles: 0, cases: 0, primaries: 0 });

/** A gold mention's span: its text found in order, each search starting after the previous one. */
function goldSpans(text: string, mentions: readonly GoldMention[]): { start: number; end: number }[] {
  let from = 0;
  return mentions.map((mention) => {
    const start = text.indexOf(mention.text, from);
    if (start < 0) throw new Error(`eval set: "${mention.text}" not found in order in "${text}"`);
    from = start + mention.text.length;
    return { start, end: from };
  });
}

/** Right when both give the same unit, or both leave it open the same way (ambiguous / unresolved). */
function sameResolution(gold: GoldMention, got: RegionMention): boolean {
  if (gold.code !== null) return got.code === gold.code;
  return got.code === null && (gold.unresolved === true ? got.status === 'unresolved' : got.status === 'ambiguous');
}

const describe = (m: RegionMention): string => `${m.text}→${m.code ?? m.status}${m.role === 'mention' ? '' : `/${m.role}`}`;

/**
 * Runs every labelled text through the real pipeline (split, find, resolve) and compares: a
 * mention is found when its source span equals the gold one; precision and recall count found
 * mentions; resolution accuracy is the share of found mentions given the gold unit (or left
 * ambiguous / unresolved as the gold says); role and primary-region accuracy are reported beside,
 * and how many ambiguous mentions list exactly the labelled candidates.
 */
export function evaluateRegions(): EvalReport {
  const cases = (JSON.parse(readFileSync(REGIONS_SET, 'utf8')) as { cases: Case[] }).cases;
  const byForm = new Map<string, FormScore>();
  const errors: string[] = [];
  const open = { labelled: 0, sameCandidates: 0 };
  const data = loadAnalysisData();
  for (const c of cases) {
    const s = byForm.get(c.form) ?? score();
    byForm.set(c.form, s);
    s.cases++;
    const { articles } = analyseFile({ path: `${c.id}.txt`, encoding: 'utf-8', text: c.text, bytes: Buffer.byteLength(c.text) }, data);
    const got = articles.flatMap((article) => article.regions);
    const spans = goldSpans(c.text, c.mentions);
    const unused = new Set(got);
    c.mentions.forEach((gold, i) => {
      const span = spans[i] as { start: number; end: number };
      const found = got.find((m) => unused.has(m) && m.span.start === span.start && m.span.end === span.end);
      if (!found) {
        s.detection.falseNegatives++;
        errors.push(`${c.id}: missed ${gold.text}→${gold.code ?? 'open'}`);
        return;
      }
      unused.delete(found);
      s.detection.truePositives++;
      s.matched++;
      if (gold.ambiguous === true) {
        open.labelled++;
        if ([...(gold.candidates ?? [])].sort().join() === [...found.candidates].sort().join()) open.sameCandidates++;
        else errors.push(`${c.id}: ${found.text} candidates ${found.candidates.length}, expected ${gold.candidates?.length ?? 0}`);
      }
      if (sameResolution(gold, found)) s.resolved++;
      else errors.push(`${c.id}: ${describe(found)}, expected ${gold.code ?? (gold.unresolved ? 'unresolved' : 'ambiguous')}`);
      if (found.role === gold.role) s.roles++;
      else errors.push(`${c.id}: ${found.text} role ${found.role}, expected ${gold.role}`);
    });
    for (const extra of unused) {
      s.detection.falsePositives++;
      errors.push(`${c.id}: unexpected ${describe(extra)}`);
    }
    const primary = articles[0]?.primaryRegion?.code ?? null;
    if (primary === c.primary) s.primaries++;
    else errors.push(`${c.id}: primary ${primary}, expected ${c.primary}`);
  }
  const overall = score();
  for (const s of byForm.values()) {
    addTally(overall.detection, s.detection);
    overall.matched += s.matched;
    overall.resolved += s.resolved;
    overall.roles += s.roles;
    overall.cases += s.cases;
    overall.primaries += s.primaries;
  }
  const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);
  const line = (name: string, s: FormScore): string =>
    `${name.padEnd(15)} ${String(s.cases).padStart(5)} ${String(s.detection.truePositives + s.detection.falseNegatives).padStart(8)}  ` +
    `${fmt(precision(s.detection))}  ${fmt(recall(s.detection))}  ${fmt(ratio(s.resolved, s.matched))}      ` +
    `${fmt(ratio(s.roles, s.matched))}  ${fmt(ratio(s.primaries, s.cases))}`;
  return {
    name: 'regions',
    metrics: {
      precision: precision(overall.detection),
      recall: recall(overall.detection),
      resolution: ratio(overall.resolved, overall.matched),
      role: ratio(overall.roles, overall.matched),
      primary: ratio(overall.primaries, overall.cases),
      candidates: ratio(open.sameCandidates, open.labelled),
    },
    lines: [
      `form            cases mentions  precision recall resolution role   primary`,
      ...[...byForm].sort(([a], [b]) => (a < b ? -1 : 1)).map(([form, s]) => line(form, s)),
      line('overall', overall),
      `ambiguous mentions with exactly the labelled candidates: ${open.sameCandidates}/${open.labelled}`,
      ...errors.map((error) => `  ${error}`),
    ],
  };
}
