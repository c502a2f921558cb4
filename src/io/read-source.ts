import { readFile } from 'node:fs/promises';
import type { SourceFile } from '../core/source-file.js';
import { decodeBytes, looksBinary } from './decode.js';
import type { SourceEntry } from './list-sources.js';

/** A file read from disk, or the reason it was skipped; `warning` is one line naming the file. */
export type ReadResult =
  | { file: SourceFile; warning?: string }
  | { file?: undefined; warning: string };

/** Reads and decodes one entry. Binary files (NUL bytes) and unreadable files are skipped with a warning. */
export async function readSource(entry: SourceEntry): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(entry.absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { warning: `${entry.relative}: skipped, cannot be read (${code})` };
  }
  if (looksBinary(bytes)) return { warning: `${entry.relative}: skipped, binary file (contains NUL bytes)` };
  const decoded = decodeBytes(bytes);
  const file: SourceFile = { path: entry.relative, encoding: decoded.encoding, text: decoded.text, bytes: bytes.length };
  if (decoded.invalid > 0) {
    const what = decoded.invalid === 1 ? 'sequence' : 'sequences';
    return { file, warning: `${entry.relative}: ${decoded.invalid} invalid ${decoded.encoding} byte ${what} replaced by U+FFFD` };
  }
  return { file };
}
