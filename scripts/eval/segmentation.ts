import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Segmenter } from '../../src/core/segment/segmenter.js';
import { createNodejiebaSegmenter } from '../../src/io/nodejieba-segmenter.js';
import { fmt } from './metrics.js';
import type { EvalReport } from './report.js';

/** The labelled court-news sentences (see test/fixtures/keywords/README.md). */
export const SEGMENTATION_SET = fileURLToPath(new URL('../../test/fixtures/keywords/segmentation-set.json', import.meta.url));

interface Case {
  text: string;
  whole: string[];
  never: string[];
}

/** Start offsets of every occurrence of `word` in `text` that is not part of one of the `longer` words. */
function occurrences(text: string, word: string, longer: readonly string[]): number[] {
  const inside = longer.filter((other) => other.length > word.length && other.includes(word)).flatMap((other) => {
    const spans: [number, number][] = [];
    for (let at = text.indexOf(other); at >= 0; at = text.indexOf(other, at + 1)) spans.push([at, at + other.length]);
    return spans;
  });
  const found: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    if (!inside.some(([start, end]) => at >= start && at + word.length <= end)) found.push(at);
  }
  return found;
}

/**
 * Segments each labelled sentence and checks the words that must come out whole (each occurrence
 * one token, unless it lies inside a longer listed word: 巡回审判 in 巡回审判庭) and the tokens that must not appear (wrong merges or splits). Term recall is the
 * share of whole-word occurrences found as tokens; clean cases, the share of sentences with no
 * error of either kind.
 */
export async function evaluateSegmentation(segmenter?: Segmenter): Promise<EvalReport> {
  const jieba = segmenter ?? (await createNodejiebaSegmenter());
  const cases = (JSON.parse(readFileSync(SEGMENTATION_SET, 'utf8')) as { cases: Case[] }).cases;
  let expected = 0;
  let found = 0;
  let wrong = 0;
  let clean = 0;
  const errors: string[] = [];
  for (const { text, whole, never } of cases) {
    const tokens = jieba.cut(text);
    const starts = new Map(tokens.map((token) => [token.start, token.word]));
    const places = whole.flatMap((word) => occurrences(text, word, whole).map((at) => ({ word, at })));
    const missed = places.filter(({ word, at }) => starts.get(at) !== word).map(({ word }) => word);
    const bad = tokens.filter((token) => never.includes(token.word)).map((token) => token.word);
    expected += places.length;
    found += places.length - missed.length;
    wrong += bad.length;
    if (missed.length === 0 && bad.length === 0) clean++;
    else errors.push(`${text}  →  ${tokens.map((t) => t.word).join('/')}${missed.length ? `  missed ${missed.join(',')}` : ''}${bad.length ? `  wrong ${bad.join(',')}` : ''}`);
  }
  const metrics = { termRecall: found / Math.max(expected, 1), cleanCases: clean / Math.max(cases.length, 1) };
  return {
    name: 'segmentation',
    metrics,
    lines: [
      `${cases.length} sentences, ${expected} court-term occurrences, segmenter ${jieba.name}`,
      `court terms kept whole ${fmt(metrics.termRecall)} (${found}/${expected})  wrong tokens ${wrong}  clean sentences ${fmt(metrics.cleanCases)}`,
      ...errors.map((error) => `  ${error}`),
    ],
  };
}
