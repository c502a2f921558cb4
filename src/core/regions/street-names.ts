import type { PlaceToken } from './find-places.js';
import type { RegionRules } from './region-rules.js';
import { hasSuffix } from './suffixes.js';

/** True when a bare place form names a street (`北京路`, `延安大街`), not the place (`呼和浩特街头` still is one). */
export function isStreetName(text: string, token: PlaceToken, rules: RegionRules): boolean {
  if (hasSuffix(token.text)) return false;
  const street = (word: string): boolean => text.startsWith(word, token.end);
  return rules.streetWords.some(street) && !rules.notStreetWords.some(street);
}
