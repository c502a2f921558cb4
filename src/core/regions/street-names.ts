import { isShortForm } from './feature-names.js';
import type { PlaceToken } from './find-places.js';
import type { RegionRules } from './region-rules.js';

/**
 * True when a short place form names a street (`北京路`, `福州路`, `延安大街`, with a direction
 * `南京西路`), not the place (`呼和浩特街头` still is one). Cities name roads after provinces and
 * cities of every level (`湖南路`, `长沙路`), so a spot on such a road (`湖南路上的门店`, `北京路口`)
 * is the road too, unless a word of going stands before the place (`返回湖南路上`: on the way).
 */
export function isStreetName(text: string, token: PlaceToken, rules: RegionRules): boolean {
  if (!isShortForm(token.text, token.entries)) return false;
  const at = rules.streetDirections.has(text[token.end] ?? '') ? token.end + 1 : token.end;
  const street = (word: string): boolean => text.startsWith(word, at);
  if (!rules.streetWords.some(street) || rules.notStreetWords.some(street)) return false;
  if (!rules.journeyStreetWords.some(street)) return true;
  const before = text.slice(Math.max(0, token.start - 4), token.start);
  return !rules.journeyWords.some((word) => before.endsWith(word));
}
