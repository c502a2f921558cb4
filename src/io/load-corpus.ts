import type { SourceFile } from '../core/source-file.js';
import { DEFAULT_EXTENSIONS, listSources } from './list-sources.js';
import { readSource } from './read-source.js';

/** Files read from a path the user named. */
export interface LoadedCorpus {
  /** Absolute path named. */
  root: string;
  /** True when the path is one file. */
  isFile: boolean;
  /** Decoded files in code-point order of their relative paths. */
  files: SourceFile[];
  /** One line per skipped or damaged file. */
  warnings: string[];
}

/** Options of `loadCorpus`. */
export interface LoadOptions {
  /** Extensions to read in folders (default `.txt`). */
  extensions?: readonly string[];
  /** Folder a relative `target` resolves against (default: the process's). */
  cwd?: string;
  /** Called after each file is read, with the count read and the count listed. */
  onProgress?: (read: number, total: number) => void;
}

function extensionList(extensions: readonly string[]): string {
  return extensions.map((ext) => (ext.startsWith('.') ? ext : `.${ext}`)).join(' or ');
}

/** Lists and reads every source file under a path. */
export async function loadCorpus(target: string, options: LoadOptions = {}): Promise<LoadedCorpus> {
  const listing = await listSources(target, options.extensions ?? DEFAULT_EXTENSIONS, options.cwd);
  const files: SourceFile[] = [];
  const warnings: string[] = [];
  let read = 0;
  for (const entry of listing.entries) {
    const result = await readSource(entry);
    if (result.file) files.push(result.file);
    if (result.warning) warnings.push(result.warning);
    options.onProgress?.(++read, listing.entries.length);
  }
  // An empty result is not an error (an empty folder is a corpus of nothing), but a folder of
  // .md or .htm files read as nothing surprises: say what was looked for.
  if (!listing.isFile && listing.entries.length === 0) warnings.push(`no ${extensionList(options.extensions ?? DEFAULT_EXTENSIONS)} files in ${target} (--ext names others)`);
  return { root: listing.root, isFile: listing.isFile, files, warnings };
}
