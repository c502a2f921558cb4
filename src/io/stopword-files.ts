import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseWordList } from '../core/keywords/word-list.js';
import { foldChar } from '../core/normalise.js';
import { decodeBytes } from './decode.js';
import { UserError } from './user-error.js';

/** The bundled stop lists (see src/data/keywords/README.md): general, court boilerplate, placeholders. */
export const DEFAULT_STOPWORD_FILES: readonly string[] = ['stopwords-general.txt', 'stopwords-court.txt', 'stopwords-placeholders.txt'].map((name) =>
  fileURLToPath(new URL(`../../src/data/keywords/${name}`, import.meta.url)),
);

/** Reads one word-list file in any encoding the loader accepts; a missing file is a one-line failure. */
export async function readWordList(file: string, cwd: string): Promise<string[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path.resolve(cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? `stopword file not found: ${file}` : `cannot read stopword file ${file} (${code ?? 'error'})`, 1);
  }
  return parseWordList(decodeBytes(bytes).text, foldChar);
}

/** Where the stop lists come from. */
export interface StopwordSources {
  /** Files replacing the bundled lists (`--stopwords`); empty keeps the bundled ones. */
  replace: readonly string[];
  /** Files adding to whichever lists are used (`--add-stopwords`). */
  add: readonly string[];
}

/** The stopword set the sources describe. */
export async function loadStopwords(sources: StopwordSources, cwd: string): Promise<Set<string>> {
  const files = [...(sources.replace.length > 0 ? sources.replace : DEFAULT_STOPWORD_FILES), ...sources.add];
  const lists = await Promise.all(files.map((file) => readWordList(file, cwd)));
  return new Set(lists.flat());
}
