import { loadDisputeModel } from '../io/load-dispute-model.js';
import type { Article } from './article.js';
import { extractDisputes, type DisputeMention } from './disputes/mention.js';
import type { DisputeModel } from './disputes/model.js';
import type { SourceEncoding, SourceFile } from './source-file.js';
import { splitArticles } from './split/split-articles.js';

/** An article with everything the extractors found in it. */
export interface AnalysedArticle extends Article {
  /** Case-type mentions (civil causes, charges, enforcement and administrative kinds), in text order. */
  disputes: DisputeMention[];
}

/** Data the extractors use; each defaults to the bundled data. */
export interface AnalyseOptions {
  /** Dispute classifier model (default: the newest civil edition). */
  disputes?: DisputeModel;
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
export function analyseFile(file: SourceFile, options: AnalyseOptions = {}): { summary: FileSummary; articles: AnalysedArticle[] } {
  const disputes = options.disputes ?? loadDisputeModel();
  const articles = splitArticles(file).map((article) => ({ ...article, disputes: extractDisputes(article, file.text, disputes) }));
  return {
    summary: { path: file.path, encoding: file.encoding, bytes: file.bytes, chars: file.text.replace(/\s+/g, '').length, articles: articles.length, text: file.text },
    articles,
  };
}

/** Analyses decoded files into a corpus. */
export function analyseCorpus(files: readonly SourceFile[], onProgress?: (done: number, total: number) => void, options: AnalyseOptions = {}): AnalysedCorpus {
  const corpus: AnalysedCorpus = { files: [], articles: [] };
  files.forEach((file, i) => {
    const { summary, articles } = analyseFile(file, options);
    corpus.files.push(summary);
    corpus.articles.push(...articles);
    onProgress?.(i + 1, files.length);
  });
  return corpus;
}
