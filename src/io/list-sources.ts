import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { compareCodePoints } from '../core/compare.js';
import { UserError } from './user-error.js';

/** A file the loader will read. */
export interface SourceEntry {
  /** Absolute path on disk. */
  absolute: string;
  /** Path relative to the folder named by the user (forward slashes); the base name for a file. */
  relative: string;
}

/** What a path names, and the files under it in code-point order of their relative paths. */
export interface SourceListing {
  /** The absolute path the user named. */
  root: string;
  /** True when the path names a single file rather than a folder. */
  isFile: boolean;
  /** Files to read. */
  entries: SourceEntry[];
}

/** Extensions read when the user names none. */
export const DEFAULT_EXTENSIONS: readonly string[] = ['.txt'];

/** Normalises user-given extensions (`md`, `.MD`, `txt`) to lower-case, dot-prefixed form. */
export function normaliseExtensions(list: readonly string[]): string[] {
  return list
    .flatMap((item) => item.split(','))
    .map((ext) => ext.trim().toLowerCase())
    .filter((ext) => ext.length > 0)
    .map((ext) => (ext.startsWith('.') ? ext : `.${ext}`));
}

/**
 * Lists the files a path names. A file is taken whatever its extension (the user named it);
 * a folder is walked recursively for files with one of `extensions`, skipping hidden entries and
 * `node_modules`, following symbolic links but visiting each real folder once, so a link loop ends.
 * Relative paths resolve against `cwd`; messages name the path as the user wrote it.
 */
export async function listSources(target: string, extensions: readonly string[] = DEFAULT_EXTENSIONS, cwd = process.cwd()): Promise<SourceListing> {
  const root = path.resolve(cwd, target);
  const info = await stat(root).catch(() => {
    throw new UserError(`path not found: ${target}`);
  });
  if (info.isFile()) {
    return { root, isFile: true, entries: [{ absolute: root, relative: path.basename(root) }] };
  }
  if (!info.isDirectory()) throw new UserError(`not a file or folder: ${target}`);
  const wanted = new Set(normaliseExtensions(extensions));
  const entries: SourceEntry[] = [];
  const visited = new Set<string>();
  await walk(root, '', wanted, visited, entries);
  entries.sort((a, b) => compareCodePoints(a.relative, b.relative));
  return { root, isFile: false, entries };
}

async function walk(dir: string, prefix: string, wanted: Set<string>, visited: Set<string>, out: SourceEntry[]): Promise<void> {
  const real = await realpath(dir);
  if (visited.has(real)) return;
  visited.add(real);
  const children = await readdir(dir, { withFileTypes: true }).catch(() => {
    throw new UserError(`cannot read folder: ${dir}`);
  });
  for (const child of children) {
    if (child.name.startsWith('.') || child.name === 'node_modules') continue;
    const absolute = path.join(dir, child.name);
    const relative = prefix ? `${prefix}/${child.name}` : child.name;
    let isDir = child.isDirectory();
    let isFile = child.isFile();
    if (child.isSymbolicLink()) {
      const target = await stat(absolute).catch(() => undefined);
      if (!target) continue;
      isDir = target.isDirectory();
      isFile = target.isFile();
    }
    if (isDir) await walk(absolute, relative, wanted, visited, out);
    else if (isFile && wanted.has(path.extname(child.name).toLowerCase())) out.push({ absolute, relative });
  }
}
