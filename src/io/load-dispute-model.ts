import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDisputeModel, type DisputeModel } from '../core/disputes/model.js';
import type { AliasRow, DisputeTables, KindRow, PhrasingTables, VerbSuitContext } from '../core/disputes/tables.js';
import { DISPUTE_FAMILIES, type DisputeFamily } from '../core/disputes/taxonomy.js';
import { parseTsv } from '../core/tsv.js';
import { UserError } from './user-error.js';

/** Folders the dispute data is read from. */
export interface DisputeDataDirs {
  /** Taxonomy files: `civil-<edition>.json`, `charges.json`, aliases, kind lists, unlisted rules. */
  taxonomy: string;
  /** Phrasing tables: `phrasing.json`, `generic.tsv`, `verb-suits.tsv`. */
  phrasing: string;
}

/** The bundled data folders (the same path from `src/io` and `dist/io`). */
export const BUNDLED_DISPUTE_DATA: DisputeDataDirs = {
  taxonomy: fileURLToPath(new URL('../../src/data/taxonomy/', import.meta.url)),
  phrasing: fileURLToPath(new URL('../../src/data/disputes/', import.meta.url)),
};

const EDITION_FILE = /^civil-(.+)\.json$/;

/** Civil editions present in the taxonomy folder (`civil-2025.json` → `2025`), in ascending order. */
export function listEditions(dirs: DisputeDataDirs = BUNDLED_DISPUTE_DATA): string[] {
  return readdirSync(dirs.taxonomy)
    .map((name) => EDITION_FILE.exec(name)?.[1])
    .filter((edition): edition is string => edition !== undefined)
    .sort();
}

/** The newest edition present: the one used when none is asked for. */
export function defaultEdition(dirs: DisputeDataDirs = BUNDLED_DISPUTE_DATA): string {
  const editions = listEditions(dirs);
  const newest = editions[editions.length - 1];
  if (newest === undefined) throw new UserError(`no civil cause file (civil-<edition>.json) in ${dirs.taxonomy}`, 1);
  return newest;
}

function family(value: string | undefined, where: string): DisputeFamily {
  if (!DISPUTE_FAMILIES.includes(value as DisputeFamily)) throw new Error(`${where}: unknown family ${String(value)}`);
  return value as DisputeFamily;
}

function kinds(rows: string[][]): KindRow[] {
  return rows.map(([id = '', name = '', ...forms]) => ({ id, name, forms }));
}

function aliases(rows: string[][]): AliasRow[] {
  return rows.map(([alias = '', official = '']) => ({ alias, official }));
}

const CONTEXTS: readonly VerbSuitContext[] = ['any', 'suit', 'enforcement'];

/** Reads every table the dispute classifier needs for one civil edition. */
export function readDisputeTables(edition: string, dirs: DisputeDataDirs = BUNDLED_DISPUTE_DATA): DisputeTables {
  const editions = listEditions(dirs);
  if (!editions.includes(edition)) throw new UserError(`unknown edition ${edition} (available: ${editions.join(', ')})`, 2);
  const text = (dir: string, name: string): string => readFileSync(path.join(dir, name), 'utf8');
  const tsv = (dir: string, name: string): string[][] => parseTsv(text(dir, name));
  return {
    civil: JSON.parse(text(dirs.taxonomy, `civil-${edition}.json`)) as DisputeTables['civil'],
    charges: JSON.parse(text(dirs.taxonomy, 'charges.json')) as DisputeTables['charges'],
    causeAliases: aliases([...tsv(dirs.taxonomy, 'cause-aliases.tsv'), ...tsv(dirs.taxonomy, 'cause-aliases-local.tsv')].filter((row) => row[2] === edition)),
    chargeAliases: aliases(tsv(dirs.taxonomy, 'charge-aliases.tsv')),
    enforcement: kinds(tsv(dirs.taxonomy, 'enforcement.tsv')),
    administrative: kinds(tsv(dirs.taxonomy, 'administrative.tsv')),
    unlistedRules: tsv(dirs.taxonomy, 'unlisted-rules.tsv').map(([pattern = '', cause = '']) => ({ pattern, cause })),
    unlistedRewrites: tsv(dirs.taxonomy, 'unlisted-rewrites.tsv').map(([from = '', to = '']) => ({ from, to })),
    generic: tsv(dirs.phrasing, 'generic.tsv').map(([surface = '', fam, cause]) => ({ surface, family: family(fam, `generic.tsv ${surface}`), cause: cause || null })),
    verbSuits: tsv(dirs.phrasing, 'verb-suits.tsv').map(([pattern = '', fam, cause = '', context = 'any']) => {
      if (!CONTEXTS.includes(context as VerbSuitContext)) throw new Error(`verb-suits.tsv ${pattern}: unknown context ${context}`);
      return { pattern, family: family(fam, `verb-suits.tsv ${pattern}`), cause, context: context as VerbSuitContext };
    }),
    phrasing: JSON.parse(text(dirs.phrasing, 'phrasing.json')) as PhrasingTables,
  };
}

const cache = new Map<string, DisputeModel>();

/** The dispute model for an edition (default: the newest), built once per process and folder. */
export function loadDisputeModel(edition?: string, dirs: DisputeDataDirs = BUNDLED_DISPUTE_DATA): DisputeModel {
  const wanted = edition ?? defaultEdition(dirs);
  const key = `${dirs.taxonomy}\u0000${dirs.phrasing}\u0000${wanted}`;
  let model = cache.get(key);
  if (!model) {
    model = createDisputeModel(readDisputeTables(wanted, dirs));
    cache.set(key, model);
  }
  return model;
}
