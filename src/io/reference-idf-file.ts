import { readFile } from 'node:fs/promises';
import { parseReferenceIdf, type ReferenceIdf } from '../core/keywords/reference-idf.js';
import { UserError } from './user-error.js';

let loading: Promise<ReferenceIdf> | undefined;

async function load(): Promise<ReferenceIdf> {
  // nodejieba exports the path of its bundled IDF list at run time, though its typings omit it.
  const file: unknown = Reflect.get((await import('nodejieba')).default, 'DEFAULT_IDF_DICT');
  if (typeof file !== 'string') throw new UserError('this nodejieba version names no reference IDF list', 1);
  try {
    return parseReferenceIdf(await readFile(file, 'utf8'), 'nodejieba idf.utf8');
  } catch (error) {
    throw new UserError(`cannot read the reference IDF list ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 1);
  }
}

/** jieba's general-Chinese IDF list, bundled with nodejieba; read once per process. */
export function loadReferenceIdf(): Promise<ReferenceIdf> {
  loading ??= load();
  return loading;
}
