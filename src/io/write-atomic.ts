import { randomBytes } from 'node:crypto';
import { link, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from './user-error.js';

/** How an atomic write treats an existing file at the target path. */
export interface WriteOptions {
  /** Replace an existing file (CLI `--out`), or refuse to (TUI export). */
  overwrite: boolean;
  /** Folder a relative target resolves against (default: the process's). */
  cwd?: string;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'folder does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EEXIST') return 'file exists';
  if (code === 'EISDIR') return 'is a folder';
  return code ?? String(error);
}

/**
 * Writes `content` to `target` so that no reader ever sees half a file: it goes to a temporary
 * file in the same folder first, then is renamed (or, when overwriting is refused, hard-linked,
 * which fails if the target exists). The temporary file is removed on every failure.
 */
export async function writeFileAtomic(target: string, content: string, options: WriteOptions): Promise<void> {
  const absolute = path.resolve(options.cwd ?? process.cwd(), target);
  const dir = path.dirname(absolute);
  const existing = await stat(absolute).catch(() => undefined);
  if (existing?.isDirectory()) throw new UserError(`cannot write ${target}: is a folder`);
  if (existing && !options.overwrite) throw new UserError(`cannot write ${target}: file exists`);
  const temp = path.join(dir, `.${path.basename(absolute)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content, { flag: 'wx' });
    if (options.overwrite) await rename(temp, absolute);
    else {
      await link(temp, absolute);
      await unlink(temp);
    }
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new UserError(`cannot write ${target}: ${reason(error)}`);
  }
}
