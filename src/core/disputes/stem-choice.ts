import type { LexEntry } from './lexicon.js';
import type { DisputeFamily } from './taxonomy.js';

const ORDER: readonly DisputeFamily[] = ['civil', 'enforcement', 'administrative', 'criminal'];

/**
 * The entry a bare stem stands for: the family `prefer` when the context says (`…等犯罪` → criminal),
 * else case types before umbrella words, civil first.
 */
export function chooseStem(entries: readonly LexEntry[], prefer?: DisputeFamily): LexEntry | undefined {
  const preferred = prefer ? entries.find((entry) => entry.family === prefer) : undefined;
  if (preferred) return preferred;
  const rank = (entry: LexEntry): number => (entry.kind === 'generic' ? 10 : 0) + ORDER.indexOf(entry.family);
  return [...entries].sort((a, b) => rank(a) - rank(b))[0];
}
