import { loadAnalysisData } from '../../src/io/analysis-data.js';
import { analyseCorpus, analyseFile, type AnalysedArticle } from '../../src/core/corpus.js';
import type { RegionMention } from '../../src/core/regions/region-types.js';

/** Analyses one text as a file of its own. */
export function analyseText(text: string, path = 'page.txt'): AnalysedArticle[] {
  return analyseFile({ path, encoding: 'utf-8', text, bytes: Buffer.byteLength(text) }, loadAnalysisData()).articles;
}

/** Analyses several texts as the files of one corpus. */
export function analyseTexts(texts: readonly string[]): AnalysedArticle[] {
  return analyseCorpus(texts.map((text, i) => ({ path: `page-${i + 1}.txt`, encoding: 'utf-8', text, bytes: Buffer.byteLength(text) })), loadAnalysisData()).articles;
}

/** A mention in a compact comparable form: `text code role` (`ambiguous`/`unresolved` in place of a code). */
export function brief(mention: RegionMention): string {
  return `${mention.text} ${mention.code ?? mention.status} ${mention.role}`;
}

/** Every mention of a single-article text, in brief. */
export function mentionsOf(text: string): string[] {
  return analyseText(text).flatMap((article) => article.regions.map(brief));
}

/** The primary region code of the first article of a text. */
export function primaryOf(text: string): string | null {
  return analyseText(text)[0]?.primaryRegion?.code ?? null;
}
