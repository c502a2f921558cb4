import { UNLISTED } from './mention.js';
import type { DisputeModel } from './model.js';

/**
 * The official name a user's dispute name stands for: an official name of any family as is, an
 * alias as its official name (抚养权纠纷 → 抚养纠纷), `(unlisted)` as is; undefined when unknown.
 */
export function resolveDisputeName(name: string, model: DisputeModel): string | undefined {
  const wanted = name.trim();
  if (wanted === UNLISTED) return wanted;
  if (model.taxonomy.nodes.some((node) => node.name === wanted)) return wanted;
  return model.names.map.get(wanted)?.node?.name;
}
