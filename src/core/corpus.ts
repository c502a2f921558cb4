import type { Article } from './article.js';
import { refineWithCorpus } from './regions/corpus-regions.js';
import type { RegionData } from './regions/region-data.js';
import type { RegionMention, RegionPlace } from './regions/region-types.js';
import { resolveFileRegions } from './regions/resolve-file.js';
import type { SourceEncoding, SourceFile } from './source-file.js';
import { splitArticles } from './split/split-articles.js';
import { loadRegionData } from '../io/load-region-data.js';

/** An article with everything the extractors found in it. */
export interface AnalysedArticle extends Article {
  /** Every place it names (dateline, headline, body), resolved where context allows. */
  regions: RegionMention[];
  /** Its primary region (see `primaryRegion` in src/core/regions/primary-region.ts), or null. */
  primaryRegion: RegionPlace | null;
}

/** Reference data the extractors need; each defaults to the copy under `src/data`. */
export interface AnalyseOptions {
  /** Gazetteer and place rules. */
  regionData?: RegionData;
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

/** Analyses one decoded file; place names are resolved with the file itself as context. */
export function analyseFile(file: SourceFile, options: AnalyseOptions = {}): { summary: FileSummary; articles: AnalysedArticle[] } {
  const split = splitArticles(file);
  const regions = resolveFileRegions(split, file.text, options.regionData ?? loadRegionData());
  const articles = split.map((article, i) => ({ ...article, regions: [], primaryRegion: null, ...regions[i] }));
  return {
    summary: { path: file.path, encoding: file.encoding, bytes: file.bytes, chars: file.text.length, articles: articles.length, text: file.text },
    articles,
  };
}

/** Analyses decoded files into a corpus, then settles what needs the whole corpus as context. */
export function analyseCorpus(files: readonly SourceFile[], onProgress?: (done: number, total: number) => void, options: AnalyseOptions = {}): AnalysedCorpus {
  const corpus: AnalysedCorpus = { files: [], articles: [] };
  const perFile: AnalysedArticle[][] = [];
  files.forEach((file, i) => {
    const { summary, articles } = analyseFile(file, options);
    corpus.files.push(summary);
    perFile.push(articles);
    onProgress?.(i + 1, files.length);
  });
  const refined = refineWithCorpus(
    perFile.map((articles, i) => ({ source: files[i]?.text ?? '', articles })),
    options.regionData ?? loadRegionData(),
  );
  corpus.articles = refined.flat();
  return corpus;
}
