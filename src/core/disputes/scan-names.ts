import type { Candidate } from './candidate.js';
import { longestFrom } from './lexicon.js';
import type { DisputeModel } from './model.js';

/** Every official name, alias, kind form and umbrella word in the text (the longest at each start). */
export function scanNames(text: string, model: DisputeModel): Candidate[] {
  const found: Candidate[] = [];
  for (let start = 0; start < text.length; start++) {
    const match = longestFrom(model.names, text, start);
    if (!match) continue;
    const [entry, length] = match;
    found.push({ start, end: start + length, node: entry.node, family: entry.family, generic: entry.kind === 'generic', via: 'name', mapped: false });
  }
  return found;
}
