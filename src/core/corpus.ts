import type { Article } from './article.js';
import type { SourceEncoding, SourceFile } from './source-file.js';
import { splitArticles } from './split/split-articles.js';

/** An article with everything the extractors found in it. */
export type AnalysedArticle = Article;

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
export function analyseFile(file: SourceFile): { summary: FileSummary; articles: AnalysedArticle[] } {
  const articles = splitArticles(file);
  return {
    summary: { path: file.path, encoding: file.encoding, bytes: file.bytes, chars: file.text.replace(/\s+/g, '').length, articles: articles.length, text: file.text },
    articles,
  };
}

/** Analyses decoded files into a corpus. */
export function analyseCorpus(files: readonly SourceFile[], onProgress?: (done: number, total: number) => void): AnalysedCorpus {
  const corpus: AnalysedCorpus = { files: [], articles: [] };
  files.forEach((file, i) => {
    const { summary, articles } = analyseFile(file);
    corpus.files.push(summary);
    corpus.articles.push(...articles);
    onProgress?.(i + 1, files.length);
  });
  return corpus;
}
