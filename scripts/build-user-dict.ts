// `npm run build:dict`: writes src/data/keywords/user-dict.txt, the jieba user dictionary, from
// the curated court terms, the gazetteer's place names and the cause and charge names. Sources
// not present yet are skipped and reported, so the dictionary can be rebuilt as data lands.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';
import { composeUserDict } from './user-dict/compose.js';
import type { DictEntry } from './user-dict/entries.js';
import { causeEntries, chargeEntries, courtTermEntries, parseGeneralDict, placeEntries } from './user-dict/sources.js';

const data = (relative: string): string => fileURLToPath(new URL(`../src/data/${relative}`, import.meta.url));
const OUT = data('keywords/user-dict.txt');
const report = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

const generalPath: unknown = Reflect.get(nodejieba, 'DEFAULT_DICT');
if (typeof generalPath !== 'string') throw new Error('nodejieba names no bundled dictionary');
const general = parseGeneralDict(readFileSync(generalPath, 'utf8'));

const court = courtTermEntries(readFileSync(data('keywords/court-terms.tsv'), 'utf8'));
report(`court terms (keywords/court-terms.tsv): ${court.length} words`);

const causes: DictEntry[] = [];
const taxonomy = data('taxonomy');
const causeFiles = existsSync(taxonomy) ? readdirSync(taxonomy).filter((name) => /^civil-.*\.json$/.test(name)).sort() : [];
for (const name of causeFiles) {
  const entries = causeEntries(readFileSync(`${taxonomy}/${name}`, 'utf8'));
  causes.push(...entries);
  report(`causes (taxonomy/${name}): ${entries.length} words`);
}
if (causeFiles.length === 0) report('causes (taxonomy/civil-*.json): not found, skipped');

let charges: DictEntry[] = [];
if (existsSync(data('taxonomy/charges.json'))) {
  charges = chargeEntries(readFileSync(data('taxonomy/charges.json'), 'utf8'));
  report(`charges (taxonomy/charges.json): ${charges.length} words`);
} else report('charges (taxonomy/charges.json): not found, skipped');

let places = { names: [] as DictEntry[], aliases: [] as DictEntry[], skipped: [] as string[] };
if (existsSync(data('gazetteer/units.tsv'))) {
  places = placeEntries(readFileSync(data('gazetteer/units.tsv'), 'utf8'), general);
  report(`places (gazetteer/units.tsv): ${places.names.length} names, ${places.aliases.length} short forms (${places.skipped.length} left out as ordinary words: verbs, adjectives …)`);
} else report('places (gazetteer/units.tsv): not found, skipped');

const text = composeUserDict([court, causes, charges, places.names, places.aliases], general);
writeFileSync(OUT, text);
report(`wrote ${text.split('\n').length - 1} distinct words to src/data/keywords/user-dict.txt`);
