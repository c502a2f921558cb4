import type { AmountMention } from './amounts/amount-mention.js';
import type { AmountRules } from './amounts/amount-rules.js';
import type { AmountAttributionSources } from './amounts/attribution.js';
import { extractAmounts } from './amounts/extract-amounts.js';
import type { Article } from './article.js';
import { extractDisputes, type DisputeMention } from './disputes/mention.js';
import type { DisputeModel } from './disputes/model.js';
import type { SourceEncoding, SourceFile } from './source-file.js';
import { splitArticles } from './split/split-articles.js';

/** An article with everything the extractors found in it. */
export type AnalysedArticle = Article & {
  /** Case-type mentions (civil causes, charges, enforcement and administrative kinds), in text order. */
  disputes: DisputeMention[];
  /** Sums of money, in text order. */
  amounts: AmountMention[];
} & AmountAttributionSources;

/**
 * Data the extractors use: tables and models read from `src/data` at the edge
 * (`loadAnalysisData` in `src/io/analysis-data.ts`) and passed in, so the analysis stays pure.
 */
export interface AnalysisData {
  /** Dispute classifier model of one civil edition. */
  disputes: DisputeModel;
  /** Amount rules (src/data/amounts). */
  amountRules: AmountRules;
}

/** What the analysis keeps of each file. */
export interface FileSummary {
  /** Path relative to the corpus folder. */
  path: string;
  /** Encoding it was decoded from. */
  encoding: SourceEncoding;
  /** Size in bytes. */
  bytes: number;
  /** Characters other than whitespace. */
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
export function analyseFile(file: SourceFile, data: AnalysisData): { summary: FileSummary; articles: AnalysedArticle[] } {
  const articles = splitArticles(file).map((article) => {
    const disputes = extractDisputes(article, file.text, data.disputes);
    // Amounts belong to the dispute they are about; an enforcement kind (执行实施, 终本) names a
    // stage of some other case, not what the money is for.
    const amountDisputes = disputes.filter((m) => m.family !== 'enforcement');
    return { ...article, disputes, amounts: extractAmounts(article, file.text, data.amountRules), amountDisputes };
  });
  return {
    summary: { path: file.path, encoding: file.encoding, bytes: file.bytes, chars: file.text.replace(/\s+/g, '').length, articles: articles.length, text: file.text },
    articles,
  };
}

/** Analyses decoded files into a corpus. */
export function analyseCorpus(files: readonly SourceFile[], data: AnalysisData, onProgress?: (done: number, total: number) => void): AnalysedCorpus {
  const corpus: AnalysedCorpus = { files: [], articles: [] };
  files.forEach((file, i) => {
    const { summary, articles } = analyseFile(file, data);
    corpus.files.push(summary);
    corpus.articles.push(...articles);
    onProgress?.(i + 1, files.length);
  });
  return corpus;
}
