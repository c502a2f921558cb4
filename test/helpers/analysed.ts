import { loadAnalysisData } from '../../src/io/analysis-data.js';
import { analyseCorpus, type AnalysedCorpus } from '../../src/core/corpus.js';

/** Analyses hand-made page texts as a corpus, one file per entry (path → text). */
export function analysePages(pages: Record<string, string>): AnalysedCorpus {
  return analyseCorpus(Object.entries(pages).map(([path, text]) => ({ path, text, encoding: 'utf-8', bytes: Buffer.byteLength(text) })), loadAnalysisData());
}
