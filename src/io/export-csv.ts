import path from 'node:path';
import type { ViewTable } from '../core/view/view-table.js';
import { renderCsv } from '../export/csv.js';
import { UserError } from './user-error.js';
import { writeFileAtomic } from './write-atomic.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** `yyyyMMdd-HHmmss` in local time. */
export function timestamp(date: Date): string {
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
}

/**
 * Writes a view as a spreadsheet-ready CSV (BOM, human labels) into `dir`, named
 * `<view>-<yyyyMMdd-HHmmss>.csv`, atomically and never over an existing file (a second export in
 * the same second gets `-2`, `-3` …). Returns the path written.
 */
export async function exportCsv(view: ViewTable, dir: string, now: Date): Promise<string> {
  const content = renderCsv(view, { bom: true, header: 'labels' });
  const base = `${view.id}-${timestamp(now)}`;
  for (let n = 1; n < 100; n++) {
    const target = path.join(dir, n === 1 ? `${base}.csv` : `${base}-${n}.csv`);
    try {
      await writeFileAtomic(target, content, { overwrite: false });
      return target;
    } catch (error) {
      if (!(error instanceof UserError && error.message.endsWith('file exists'))) throw error;
    }
  }
  throw new UserError(`cannot write ${base}.csv in ${dir}: too many files of that name`);
}
