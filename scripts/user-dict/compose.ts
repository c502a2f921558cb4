import { compareCodePoints } from '../../src/core/compare.js';
import type { DictEntry } from './entries.js';

/**
 * Merges the sources' entries into dictionary lines. Sources come in priority order: a word in
 * several keeps the first one's tag. A word jieba's bundled dictionary already rates higher keeps
 * that frequency, so adding it never makes it weaker. Lines are sorted by word in code-point
 * order, so a rebuild from the same data is byte-identical.
 */
export function composeUserDict(sources: readonly (readonly DictEntry[])[], general: ReadonlyMap<string, { freq: number }>): string {
  const chosen = new Map<string, DictEntry>();
  for (const entries of sources) {
    for (const entry of entries) if (!chosen.has(entry.word)) chosen.set(entry.word, entry);
  }
  const lines = [...chosen.values()]
    .sort((a, b) => compareCodePoints(a.word, b.word))
    .map((entry) => `${entry.word} ${Math.max(entry.freq, general.get(entry.word)?.freq ?? 0)} ${entry.tag}`);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
