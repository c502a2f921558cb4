import type { RegionRules } from './region-rules.js';

/** How far after a place a company name may still end (`通辽市某农牧业开发有限公司`). */
const WINDOW = 24;

/**
 * True when the place ending at `at` begins (or is part of) a company, law-firm or bank name:
 * an organisation suffix follows before any break, within a few characters (`通辽市某农牧业开发
 * 有限公司`, `赤峰分行`, `内蒙古某某律师事务所`, `敦煌研究院`). A place that merely locates a company
 * (`西湖区的一家电商企业`) is stopped by the break `的`, a place that locates a village or a
 * building by `某村` or `一处` (`鄞州区某村集体厂房`); the next place name (`stopAt`) ends the search
 * too; a break word right after 某 is part of the anonymised name (`上海某投资咨询公司`). Words that only begin like an ending (`厂房`, `大学生`) are not one. `suffixes` narrows the
 * endings looked for (a company's, after a product: `青岛啤酒股份有限公司`).
 */
export function startsOrganization(text: string, at: number, stopAt: number, rules: RegionRules, suffixes: readonly string[] = rules.organizationSuffixes): boolean {
  const end = Math.min(text.length, at + WINDOW, stopAt);
  const ending = (i: number): boolean =>
    suffixes.some((suffix) => text.startsWith(suffix, i)) && !rules.notOrganizationWords.some((word) => text.startsWith(word, i));
  for (let i = at; i < end; i++) {
    if (ending(i)) return true;
    if (rules.organizationBreaks.has(text[i] as string)) return false;
    // Right after 某 the anonymised name goes on: `某投资咨询公司`, `某经营部` are names, not verbs.
    const named = text[i - 1] === '某';
    if (rules.organizationBreakWords.some((word) => text.startsWith(word, i) && !(named && !word.startsWith('某')))) return false;
  }
  return false;
}
