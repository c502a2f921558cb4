import type { AnalysisData } from '../../core/corpus.js';
import { resolveDisputeName } from '../../core/disputes/resolve-name.js';
import { unitsNamed } from '../../core/regions/region-names.js';

/**
 * The filter value a typed name stands for, as the CLI's `--region` and `--dispute` read it: a
 * region name, short form or code that names some unit, kept as typed; a dispute name or alias
 * as its official name. Undefined when it names nothing.
 */
export function resolveFilter(kind: 'region' | 'dispute', typed: string, data: AnalysisData): string | undefined {
  if (kind === 'dispute') return resolveDisputeName(typed, data.disputes);
  return unitsNamed(data.regions.gazetteer, typed).length > 0 ? typed : undefined;
}
