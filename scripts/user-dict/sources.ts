import { type DictEntry, isDictWord, WEIGHTS } from './entries.js';

/** Rows of a tab-separated file with a header line, as objects keyed by column name; `#` lines skipped. */
export function parseTsv(text: string): Record<string, string>[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const header = (lines.shift() ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((key, i) => [key, (cells[i] ?? '').trim()]));
  });
}

/** The curated court terms (`term`, `tag` columns). */
export function courtTermEntries(tsv: string): DictEntry[] {
  return parseTsv(tsv)
    .filter((row) => isDictWord(row.term ?? ''))
    .map((row) => ({ word: row.term as string, freq: WEIGHTS.court, tag: row.tag || 'nz' }));
}

/** What the gazetteer gives: official names and their short forms. */
export interface PlaceEntries {
  /** Official unit names (`察哈尔右翼中旗`), tag `ns`. */
  names: DictEntry[];
  /** Short forms (`察右中旗`) that are not already ordinary words, tag `ns`. */
  aliases: DictEntry[];
  /** Short forms left out because the bundled dictionary knows them as another kind of word. */
  skipped: string[];
}

/**
 * Place names from the gazetteer (`name` and `|`-separated `aliases` columns). A short form the
 * bundled dictionary already holds with a tag other than `ns` (和平, 东方, 城关 …) is an
 * ordinary word first; tagging it as a place would mislabel every other use of it.
 */
export function placeEntries(tsv: string, general: ReadonlyMap<string, { tag: string }>): PlaceEntries {
  const names: DictEntry[] = [];
  const aliases: DictEntry[] = [];
  const skipped = new Set<string>();
  for (const row of parseTsv(tsv)) {
    if (isDictWord(row.name ?? '')) names.push({ word: row.name as string, freq: WEIGHTS.place, tag: 'ns' });
    for (const alias of (row.aliases ?? '').split('|').map((a) => a.trim())) {
      if (!isDictWord(alias)) continue;
      const known = general.get(alias)?.tag;
      if (known !== undefined && known !== 'ns') skipped.add(alias);
      else aliases.push({ word: alias, freq: WEIGHTS.alias, tag: 'ns' });
    }
  }
  return { names, aliases, skipped: [...skipped] };
}

/** Civil case-cause names (`causes[].name`), tag `nz`; names with punctuation are left out. */
export function causeEntries(json: string): DictEntry[] {
  const data = JSON.parse(json) as { causes?: { name?: unknown }[] };
  return (data.causes ?? [])
    .map((cause) => cause.name)
    .filter((name): name is string => typeof name === 'string' && isDictWord(name))
    .map((word) => ({ word, freq: WEIGHTS.cause, tag: 'nz' }));
}

/** Criminal charge names in force (`charges[].name` with status `current`), tag `nz`. */
export function chargeEntries(json: string): DictEntry[] {
  const data = JSON.parse(json) as { charges?: { name?: unknown; status?: unknown }[] };
  return (data.charges ?? [])
    .filter((charge) => charge.status === 'current')
    .map((charge) => charge.name)
    .filter((name): name is string => typeof name === 'string' && isDictWord(name))
    .map((word) => ({ word, freq: WEIGHTS.charge, tag: 'nz' }));
}

/** Word → tag of jieba's bundled dictionary (`word freq tag` lines). */
export function parseGeneralDict(text: string): Map<string, { freq: number; tag: string }> {
  const dict = new Map<string, { freq: number; tag: string }>();
  for (const line of text.split('\n')) {
    const [word, freq, tag] = line.trim().split(' ');
    if (word && freq && tag) dict.set(word, { freq: Number(freq), tag });
  }
  return dict;
}
