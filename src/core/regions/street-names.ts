import { isShortForm } from './feature-names.js';
import type { PlaceToken } from './find-places.js';
import type { RegionRules } from './region-rules.js';

/**
 * True when a short place form names a street (`北京路`, `福州路`, `延安大街`, with a direction
 * `南京西路`), not the place (`呼和浩特街头` still is one).
 */
export function isStreetName(text: string, token: PlaceToken, rules: RegionRules): boolean {
  if (!isShortForm(token.text, token.entries)) return false;
  const at = rules.streetDirections.has(text[token.end] ?? '') ? token.end + 1 : token.end;
  const street = (word: string): boolean => text.startsWith(word, at);
  return rules.streetWords.some(street) && !rules.notStreetWords.some(street);
}
