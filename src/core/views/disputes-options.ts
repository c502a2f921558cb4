import type { Lang } from '../../i18n/strings.js';
import type { DisputeRole } from '../disputes/roles.js';
import type { DisputeFamily, Taxonomy, TaxonomyNode } from '../disputes/taxonomy.js';
import { rollUp } from '../disputes/taxonomy.js';
import type { DisputeMention } from '../disputes/mention.js';

/** Options of the disputes views. */
export interface DisputesViewOptions {
  /** Label language. */
  lang: Lang;
  /** Hierarchy the mentions were classified against. */
  taxonomy: Taxonomy;
  /** Roll deeper causes up to this level; unset counts each cause at its own level. */
  level?: number;
  /** Family to keep (default all). */
  family?: DisputeFamily | 'all';
  /** Roles to keep (default: case only). */
  roles?: readonly DisputeRole[];
}

/** Whether a mention passes the family and role options. */
export function keepsMention(mention: DisputeMention, options: DisputesViewOptions): boolean {
  const family = options.family ?? 'all';
  return (family === 'all' || mention.family === family) && (options.roles ?? ['case']).includes(mention.role);
}

/** The node a mention is counted under: its own, or its ancestor at `--level`; null for (unlisted)/(none). */
export function groupNode(mention: DisputeMention, options: DisputesViewOptions): TaxonomyNode | null {
  const node = mention.id === null ? undefined : options.taxonomy.byId.get(mention.id);
  if (!node) return null;
  return options.level === undefined ? node : rollUp(options.taxonomy, node, options.level);
}

/** What the options were, for a view's meta. */
export function optionsMeta(options: DisputesViewOptions): Record<string, unknown> {
  return { edition: options.taxonomy.edition, level: options.level ?? null, family: options.family ?? 'all', roles: [...(options.roles ?? ['case'])] };
}
