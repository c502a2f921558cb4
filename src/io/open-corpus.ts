import { analyseCorpus, type AnalysedCorpus, type AnalysisData } from '../core/corpus.js';
import { loadAnalysisData } from './analysis-data.js';
import { loadCorpus } from './load-corpus.js';

/** An analysed corpus with what loading it reported. */
export interface OpenedCorpus {
  /** The analysed corpus. */
  corpus: AnalysedCorpus;
  /** One line per skipped or damaged file. */
  warnings: string[];
  /** Milliseconds spent reading and analysing. */
  loadMs: number;
}

/** Progress of `openCorpus`: files read of files listed, then articles analysed. */
export type OpenProgress = (progress: { read: number; total: number; analysed: number }) => void;

/** Options of `openCorpus`. */
export interface OpenOptions {
  /** Extensions read in folders. */
  extensions?: readonly string[];
  /** Folder a relative path resolves against. */
  cwd?: string;
  /** Progress callback. */
  onProgress?: OpenProgress;
  /** Data the extractors use (default: the bundled data). */
  data?: AnalysisData;
}

/** Reads and analyses every file under a path: the one entry point the CLI and the TUI share. */
export async function openCorpus(target: string, options: OpenOptions = {}): Promise<OpenedCorpus> {
  const started = performance.now();
  let total = 0;
  const loaded = await loadCorpus(target, {
    extensions: options.extensions,
    cwd: options.cwd,
    onProgress: (read, listed) => {
      total = listed;
      options.onProgress?.({ read, total: listed, analysed: 0 });
    },
  });
  let analysed = 0;
  const corpus = analyseCorpus(loaded.files, options.data ?? loadAnalysisData(), (done) => {
    analysed = done;
    options.onProgress?.({ read: total, total, analysed });
  });
  return { corpus, warnings: loaded.warnings, loadMs: performance.now() - started };
}
