import { civilNodes, criminalNodes, formerChargeNames, kindNodes } from './build-taxonomy.js';
import { joinedChargeReadings } from './joined-charges.js';
import { makeLexicon, stemOf, withVariants, type LexEntry, type Lexicon } from './lexicon.js';
import type { DisputeTables, PhrasingTables, VerbSuitContext } from './tables.js';
import { makeTaxonomy, type DisputeFamily, type Taxonomy, type TaxonomyNode } from './taxonomy.js';

/** A compiled unlisted-phrase rule. */
export interface CompiledRule {
  /** Matches the end of a phrase. */
  pattern: RegExp;
  /** Cause it maps to. */
  node: TaxonomyNode;
}

/** A compiled verb-suit pattern. */
export interface CompiledVerbSuit {
  /** Global pattern. */
  pattern: RegExp;
  /** Case type it names. */
  node: TaxonomyNode;
  /** Where it counts. */
  context: VerbSuitContext;
}

/** The causes a loan case is refined between (`lenders` in `phrasing.json`). */
export interface LenderCauses {
  /** The cause the words give (借款合同纠纷). */
  loan: TaxonomyNode;
  /** With a bank in the paragraph. */
  bank: TaxonomyNode;
  /** With only private parties. */
  private: TaxonomyNode;
}

/** Everything the classifier needs, built once per civil edition from the data tables. */
export interface DisputeModel {
  /** The hierarchy of all families. */
  taxonomy: Taxonomy;
  /** Official names, aliases, kind forms and umbrella words. */
  names: Lexicon<LexEntry>;
  /** Bare stems for lists, case nouns and `因X发生纠纷`, each with the entries it may stand for. */
  stems: Lexicon<LexEntry[]>;
  /** Stems of civil names without their generic 合同 / 责任 (`物业服务` for 物业服务合同纠纷), read in lists only. */
  weakStems: Lexicon<LexEntry[]>;
  /** Unlisted-phrase rules. */
  rules: CompiledRule[];
  /** Unlisted-phrase rewrites. */
  rewrites: { from: string; to: string }[];
  /** Verb suits. */
  verbSuits: CompiledVerbSuit[];
  /** Phrasing word lists. */
  phrasing: PhrasingTables;
  /** The causes of the lender refinement, when the edition has all three. */
  lenderCauses: LenderCauses | undefined;
  /** Rows that name a cause this edition does not have (they are left out). */
  warnings: string[];
}

/** Index of official names per family; a name at two levels keeps the deeper node. */
function nameIndex(nodes: readonly TaxonomyNode[]): Map<string, TaxonomyNode> {
  const index = new Map<string, TaxonomyNode>();
  for (const node of nodes) {
    const key = `${node.family}:${node.name}`;
    const seen = index.get(key);
    if (!seen || node.level > seen.level) index.set(key, node);
  }
  return index;
}

/** Endings a civil name may drop in a list (物业服务、民间借贷等案件). */
const WEAK_ENDINGS: readonly string[] = ['合同纠纷', '责任纠纷'];

/** The weak stem of a civil case name (物业服务合同纠纷 → 物业服务), or null. */
function weakStemOf(entry: LexEntry): string | null {
  if (entry.family !== 'civil' || entry.kind === 'generic' || entry.node === null) return null;
  const ending = WEAK_ENDINGS.find((e) => entry.surface.endsWith(e));
  const stem = ending ? entry.surface.slice(0, -ending.length) : '';
  return stem.length >= 2 && !stem.includes('、') ? stem : null;
}

/** A verb-suit pattern with `{claim}` replaced by the claim verbs of `phrasing.json`. */
function expandClaim(pattern: string, phrasing: PhrasingTables): string {
  return pattern.replaceAll('{claim}', `(?:${phrasing.claimVerbs.join('|')})`);
}

/** Builds the classifier's model from the data tables (pure; the tables are read in `src/io`). */
export function createDisputeModel(tables: DisputeTables): DisputeModel {
  const nodes = [
    ...civilNodes(tables.civil),
    ...criminalNodes(tables.charges),
    ...kindNodes(tables.enforcement, 'enforcement'),
    ...kindNodes(tables.administrative, 'administrative'),
  ];
  const taxonomy = makeTaxonomy(tables.civil.edition, nodes);
  const index = nameIndex(nodes);
  const warnings: string[] = [];
  const resolve = (family: DisputeFamily, name: string, where: string): TaxonomyNode | undefined => {
    const node = index.get(`${family}:${name}`);
    if (!node) warnings.push(`${where}: no ${family} cause named ${name} in edition ${taxonomy.edition}`);
    return node;
  };

  const entries: [string, LexEntry][] = [];
  const add = (surface: string, entry: Omit<LexEntry, 'surface'>): void => {
    for (const form of withVariants(surface)) entries.push([form, { surface: form, ...entry }]);
  };
  for (const node of index.values()) {
    if (node.family === 'civil' || (node.family === 'criminal' && node.level === 2)) add(node.name, { node, family: node.family, kind: 'official' });
  }
  for (const row of tables.causeAliases) {
    const node = resolve('civil', row.official, `cause-aliases.tsv ${row.alias}`);
    if (node) add(row.alias, { node, family: 'civil', kind: 'alias' });
  }
  for (const [former, current] of formerChargeNames(tables.charges)) {
    add(former, { node: current === null ? null : (resolve('criminal', current, `charges.json ${former}`) ?? null), family: 'criminal', kind: 'alias' });
  }
  for (const row of tables.chargeAliases) {
    const node = resolve('criminal', row.official, `charge-aliases.tsv ${row.alias}`);
    if (node) add(row.alias, { node, family: 'criminal', kind: 'alias' });
  }
  // After every real name and alias, so a surface they already give keeps their reading.
  for (const [reading, charge] of joinedChargeReadings(tables.charges)) {
    const node = resolve('criminal', charge, `charges.json ${reading}`);
    if (node) add(reading, { node, family: 'criminal', kind: 'alias' });
  }
  for (const [family, rows] of [['enforcement', tables.enforcement], ['administrative', tables.administrative]] as const) {
    for (const row of rows) {
      const node = taxonomy.byId.get(row.id) as TaxonomyNode;
      for (const form of row.forms) add(form, { node, family, kind: form === row.name ? 'official' : 'alias' });
    }
  }
  for (const row of tables.generic) {
    const node = row.cause === null ? null : (resolve(row.family, row.cause, `generic.tsv ${row.surface}`) ?? null);
    add(row.surface, { node, family: row.family, kind: 'generic' });
  }
  const names = makeLexicon(entries);

  const stemEntries = new Map<string, LexEntry[]>();
  for (const entry of names.map.values()) {
    const stem = stemOf(entry.surface, entry.family);
    if (stem === null) continue;
    const list = stemEntries.get(stem) ?? [];
    if (!list.some((e) => e.family === entry.family)) list.push({ ...entry, surface: stem });
    stemEntries.set(stem, list);
  }

  const weakStemEntries = new Map<string, LexEntry[]>();
  for (const entry of names.map.values()) {
    const stem = weakStemOf(entry);
    if (stem !== null && !stemEntries.has(stem) && !weakStemEntries.has(stem)) weakStemEntries.set(stem, [{ ...entry, surface: stem }]);
  }

  const rules = tables.unlistedRules.flatMap((rule) => {
    const node = resolve('civil', rule.cause, `unlisted-rules.tsv ${rule.pattern}`);
    return node ? [{ pattern: new RegExp(`(?:${rule.pattern})$`, 'u'), node }] : [];
  });
  const verbSuits = tables.verbSuits.flatMap((row) => {
    const node = resolve(row.family, row.cause, `verb-suits.tsv ${row.pattern}`);
    return node ? [{ pattern: new RegExp(expandClaim(row.pattern, tables.phrasing), 'gu'), node, context: row.context }] : [];
  });
  const { lenders } = tables.phrasing;
  const lenderNodes = [lenders.cause, lenders.bankCause, lenders.privateCause].map((name) => resolve('civil', name, `phrasing.json lenders ${name}`));
  const [loan, bank, privateLoan] = lenderNodes;
  return {
    taxonomy,
    names,
    stems: makeLexicon(stemEntries),
    weakStems: makeLexicon(weakStemEntries),
    rules,
    rewrites: tables.unlistedRewrites,
    verbSuits,
    phrasing: tables.phrasing,
    lenderCauses: loan && bank && privateLoan ? { loan, bank, private: privateLoan } : undefined,
    warnings,
  };
}
