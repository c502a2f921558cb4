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
  /** Short forms (`察右中旗`) that are not ordinary words, tag `ns`. */
  aliases: DictEntry[];
  /** Short forms left out because the bundled dictionary knows them as a verb, adjective, adverb … */
  skipped: string[];
}

// jieba tags of nouns and names: a short form jieba knows under one of these is a name it
// mis-tagged (石家庄 nr, 门头沟 n) and becomes `ns`; under any other tag (大同 d, 平定 a, 保定 v)
// it is first of all an ordinary word and keeps jieba's entry.
const NOMINAL = new Set(['n', 'nr', 'nrt', 'nrfg', 'nz', 'ns', 'nt', 'j']);

/**
 * Place names from the gazetteer (`name` and `|`-separated `aliases` columns); short forms of
 * one character are left out, and so are those jieba's bundled dictionary holds as another kind
 * of word than a noun or name.
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
      if (known !== undefined && !NOMINAL.has(known)) skipped.add(alias);
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
