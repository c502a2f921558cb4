/** The four families of case types a bulletin mentions. */
export type DisputeFamily = 'civil' | 'criminal' | 'enforcement' | 'administrative';

/** Every family, in the order views list them. */
export const DISPUTE_FAMILIES: readonly DisputeFamily[] = ['civil', 'criminal', 'enforcement', 'administrative'];

/** One case type in the hierarchy: a civil cause (案由), a charge (罪名) or chapter, an enforcement or administrative kind. */
export interface TaxonomyNode {
  /** Stable id: `2025-4-10-88-3` (civil), `crim-5-3` (charge), `crim-5` (chapter), `enf-5`, `adm-1`. */
  id: string;
  /** Depth from 1 (a civil part, a criminal chapter, an enforcement or administrative kind). */
  level: number;
  /** Official name (`买卖合同纠纷`, `盗窃罪`, `侵犯财产罪`, `终结本次执行程序`). */
  name: string;
  /** Id of the parent node, or null at level 1. */
  parent: string | null;
  /** Edition of its list: the civil edition (`2025`), the charges' as-of date, or null for our own kind lists. */
  edition: string | null;
  /** Family it belongs to. */
  family: DisputeFamily;
}

/** The whole hierarchy, all families, for one civil edition. */
export interface Taxonomy {
  /** Civil edition loaded (`2025`). */
  edition: string;
  /** Every node, parents before children. */
  nodes: readonly TaxonomyNode[];
  /** Nodes by id. */
  byId: ReadonlyMap<string, TaxonomyNode>;
}

/** Builds the lookup structure around a node list (parents must come before their children). */
export function makeTaxonomy(edition: string, nodes: readonly TaxonomyNode[]): Taxonomy {
  const byId = new Map<string, TaxonomyNode>();
  for (const node of nodes) {
    if (byId.has(node.id)) throw new Error(`taxonomy: duplicate id ${node.id}`);
    if (node.parent !== null && !byId.has(node.parent)) throw new Error(`taxonomy: ${node.id} comes before its parent ${node.parent}`);
    byId.set(node.id, node);
  }
  return { edition, nodes, byId };
}

/** The node's ancestors, root first (the node itself excluded). */
export function ancestorsOf(taxonomy: Taxonomy, node: TaxonomyNode): TaxonomyNode[] {
  const chain: TaxonomyNode[] = [];
  let current = node.parent === null ? undefined : taxonomy.byId.get(node.parent);
  while (current) {
    chain.unshift(current);
    current = current.parent === null ? undefined : taxonomy.byId.get(current.parent);
  }
  return chain;
}

/** The node counted at `level`: its ancestor at that level, or the node itself when it is no deeper. */
export function rollUp(taxonomy: Taxonomy, node: TaxonomyNode, level: number): TaxonomyNode {
  if (node.level <= level) return node;
  return ancestorsOf(taxonomy, node).find((ancestor) => ancestor.level === level) ?? node;
}

/**
 * The node with this official name, in `family` if given. A name used at two levels (人格权纠纷 is
 * both part 1 and its only level-2 group) resolves to the deeper node, which rolls up to the other.
 */
export function findByName(taxonomy: Taxonomy, name: string, family?: DisputeFamily): TaxonomyNode | undefined {
  let found: TaxonomyNode | undefined;
  for (const node of taxonomy.nodes) {
    if (node.name !== name || (family && node.family !== family)) continue;
    if (!found || node.level > found.level) found = node;
  }
  return found;
}
