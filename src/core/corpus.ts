import type { AmountMention } from './amounts/amount-mention.js';
import type { AmountRules } from './amounts/amount-rules.js';
import type { AmountAttributionSources } from './amounts/attribution.js';
import { extractAmounts } from './amounts/extract-amounts.js';
import type { Article } from './article.js';
import type { SourceEncoding, SourceFile } from './source-file.js';
import { splitArticles } from './split/split-articles.js';
import { loadAmountRules } from '../io/amount-rules.js';

/** An article with everything the extractors found in it. */
export type AnalysedArticle = Article & {
  /** Sums of money, in text order. */
  amounts: AmountMention[];
} & AmountAttributionSources;

/** Data the extractors use; each defaults to the data shipped under `src/data`. */
export interface AnalysisData {
  /** Amount rules (src/data/amounts). */
  amountRules?: AmountRules;
}

/** What the analysis keeps of each file. */
export interface FileSummary {
  /** Path relative to the corpus folder. */
  path: string;
  /** Encoding it was decoded from. */
  encoding: SourceEncoding;
  /** Size in bytes. */
  bytes: number;
  /** Decoded characters. */
  chars: number;
  /** Articles found in it. */
  articles: number;
  /** The decoded source text, which every mention's offsets refer to. */
  text: string;
}

/** A whole analysed corpus, the input of every view. */
export interface AnalysedCorpus {
  /** Files in path order. */
  files: FileSummary[];
  /** Articles of all files, in file then page order. */
  articles: AnalysedArticle[];
}

/** Analyses one decoded file. */
export function analyseFile(file: SourceFile, data: AnalysisData = {}): { summary: FileSummary; articles: AnalysedArticle[] } {
  const amountRules = data.amountRules ?? loadAmountRules();
  const articles = splitArticles(file).map((article) => ({ ...article, amounts: extractAmounts(article, file.text, amountRules) }));
  return {
    summary: { path: file.path, encoding: file.encoding, bytes: file.bytes, chars: file.text.length, articles: articles.length, text: file.text },
    articles,
  };
}

/** Analyses decoded files into a corpus. */
export function analyseCorpus(files: readonly SourceFile[], onProgress?: (done: number, total: number) => void, data: AnalysisData = {}): AnalysedCorpus {
  const corpus: AnalysedCorpus = { files: [], articles: [] };
  files.forEach((file, i) => {
    const { summary, articles } = analyseFile(file, data);
    corpus.files.push(summary);
    corpus.articles.push(...articles);
    onProgress?.(i + 1, files.length);
  });
  return corpus;
}
