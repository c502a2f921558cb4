import type { FormEntry } from './place-index.js';
import type { RegionData } from './region-data.js';

/**
 * True when a short form found at `at` (`从江`, of the county 从江县) gives way to a full official
 * name that starts right after its first character and runs past it (`江西省` in
 * `记者从江西省高级人民法院获悉`).
 *
 * Why: longest match from the left fuses a preposition with the next place's first character
 * whenever the pair is some unit's short form (从江, 于都). Only listed prepositions
 * (`fusedPrepositions`) start such a crossing, and only a province, city or county name written
 * out with its suffix wins: `广东山区` stays 广东 though 东山区 is a district.
 */
export function crossedByFullName(text: string, at: number, form: string, entries: readonly FormEntry[], data: RegionData): boolean {
  if (!data.rules.fusedPrepositions.has(text[at] ?? '') || entries.some((entry) => entry.kind === 'name')) return false;
  const inner = at + 1;
  for (const match of data.index.matchesAt(text, inner)) {
    if (inner + match.form.length <= at + form.length) break;
    if (match.values.some((entry) => entry.kind === 'name' && data.gazetteer.unit(entry.code).level !== 'town')) return true;
  }
  return false;
}
