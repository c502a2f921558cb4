import type { ViewTable } from '../core/view/view-table.js';
import { counted, t, type Lang } from '../i18n/strings.js';
import { displayCell } from './format-cell.js';

interface Section {
  title: string;
  measure: string;
}

/** The overview as plain text, for a terminal-less run of `bulletin [path]`. */
export function renderOverviewText(view: ViewTable, source: string, lang: Lang): string {
  const meta = view.meta as { files?: number; articles?: number; chars?: number; loadMs?: number | null; warnings?: string[]; sections?: Section[] };
  const size = [counted(meta.files ?? 0, 'overview.files', lang), counted(meta.articles ?? 0, 'overview.articles', lang), counted(meta.chars ?? 0, 'overview.chars', lang)];
  if (typeof meta.loadMs === 'number') size.push(`${t('overview.loaded', lang)} ${(meta.loadMs / 1000).toFixed(1)} s`);
  const lines = [`bulletin-lens  ${source}`, size.join(' · '), ''];
  for (const section of meta.sections ?? []) {
    lines.push(`${section.title} (${section.measure})`);
    const rows = view.rows.filter((row) => row.section === section.title);
    if (rows.length === 0) lines.push(`  ${t('overview.none', lang)}`);
    for (const row of rows) lines.push(`  ${row.rank}. ${displayCell(row.name, 'text')}  ${displayCell(row.value, 'number')}`);
    lines.push('');
  }
  const warnings = meta.warnings ?? [];
  lines.push(`${t('overview.warnings', lang)} (${warnings.length})`);
  for (const warning of warnings) lines.push(`  ${warning}`);
  return `${lines.join('\n')}\n`;
}
