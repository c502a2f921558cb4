import type { AmountMention } from './amounts/amount-mention.js';
import type { AmountRules } from './amounts/amount-rules.js';
import { extractAmounts } from './amounts/extract-amounts.js';
import type { Article } from './article.js';
import { extractDisputes, type DisputeMention } from './disputes/mention.js';
import type { DisputeModel } from './disputes/model.js';
import { refineWithCorpus } from './regions/corpus-regions.js';
import type { RegionData } from './regions/region-data.js';
import type { RegionMention, RegionPlace } from './regions/region-types.js';
import { resolveFileRegions } from './regions/resolve-file.js';
import type { SourceEncoding, SourceFile } from './source-file.js';
import { splitArticles } from './split/split-articles.js';

/** An article with everything the extractors found in it. */
export interface AnalysedArticle extends Article {
  /** Every place it names (dateline, headline, body), resolved where context allows. */
  regions: RegionMention[];
  /** Its primary region (see `primaryRegion` in src/core/regions/primary-region.ts), or null. */
  primaryRegion: RegionPlace | null;
  /** Case-type mentions (civil causes, charges, enforcement and administrative kinds), in text order. */
  disputes: DisputeMention[];
  /** Sums of money, in text order. */
  amounts: AmountMention[];
}

/**
 * Data the extractors use: tables and models read from `src/data` at the edge
 * (`loadAnalysisData` in `src/io/analysis-data.ts`) and passed in, so the analysis stays pure.
 */
export interface AnalysisData {
  /** Gazetteer and place rules. */
  regions: RegionData;
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

/** Analyses one decoded file; place names are resolved with the file itself as context. */
export function analyseFile(file: SourceFile, data: AnalysisData): { summary: FileSummary; articles: AnalysedArticle[] } {
  const split = splitArticles(file);
  const regions = resolveFileRegions(split, file.text, data.regions);
  const articles = split.map((article, i) => ({
    ...article,
    regions: [],
    primaryRegion: null,
    ...regions[i],
    disputes: extractDisputes(article, file.text, data.disputes),
    amounts: extractAmounts(article, file.text, data.amountRules),
  }));
  return {
    summary: { path: file.path, encoding: file.encoding, bytes: file.bytes, chars: file.text.replace(/\s+/g, '').length, articles: articles.length, text: file.text },
    articles,
  };
}

/** Analyses decoded files into a corpus, then settles what needs the whole corpus as context. */
export function analyseCorpus(files: readonly SourceFile[], data: AnalysisData, onProgress?: (done: number, total: number) => void): AnalysedCorpus {
  const corpus: AnalysedCorpus = { files: [], articles: [] };
  const perFile: AnalysedArticle[][] = [];
  files.forEach((file, i) => {
    const { summary, articles } = analyseFile(file, data);
    corpus.files.push(summary);
    perFile.push(articles);
    onProgress?.(i + 1, files.length);
  });
  const refined = refineWithCorpus(
    perFile.map((articles, i) => ({ source: files[i]?.text ?? '', articles })),
    data.regions,
  );
  corpus.articles = refined.flat();
  return corpus;
}
