import type { FoundPlace } from './article-places.js';
import { levelRank, type Gazetteer } from './gazetteer.js';

/** The most specific resolved unit among places (the later one on a tie), or null. */
function mostSpecific(gazetteer: Gazetteer, places: readonly FoundPlace[]): string | null {
  let best: string | null = null;
  for (const place of places) {
    if (place.code === null) continue;
    if (best === null || levelRank(gazetteer.unit(place.code).level) >= levelRank(gazetteer.unit(best).level)) best = place.code;
  }
  return best;
}

/** The places of the first court name in a part, in text order. */
function firstCourt(places: readonly FoundPlace[]): FoundPlace[] {
  const courts = places.filter((place) => place.role === 'court' && place.courtGroup !== null);
  const group = Math.min(...courts.map((place) => place.courtGroup as number));
  return courts.filter((place) => place.courtGroup === group);
}

/** The run of places the first resolved place belongs to (`包头市达茂旗` for `包头市`). */
function firstResolvedRun(places: readonly FoundPlace[]): FoundPlace[] {
  const first = places.findIndex((place) => place.code !== null);
  if (first < 0) return [];
  const run = [places[first] as FoundPlace];
  for (let i = first + 1; i < places.length && (places[i] as FoundPlace).previous === places[i - 1]; i++) run.push(places[i] as FoundPlace);
  return run;
}

/**
 * The article's primary region: the most specific unit consistent with its dateline place and
 * its reporting court, the first court the body names (the headline's when the body names none);
 * a court named later does not decide it. If one contains the other, the inner one (科布尔讯 +
 * 察右中旗人民法院 → 科布尔镇); else the smallest unit containing both (towns of one county: the
 * county; 海拉尔讯 + 满洲里市人民法院: 呼伦贝尔市); if they share no province, the court, which is
 * what reports.
 * With only one of them, that one; an ambiguous dateline and court give null. With neither, the
 * first resolved place of the body (then the headline), a qualified name counting as its
 * innermost unit.
 */
export function primaryRegion(gazetteer: Gazetteer, places: readonly FoundPlace[]): string | null {
  const dateline = places.filter((place) => place.part === 'dateline');
  const body = places.filter((place) => place.part === 'body');
  const headline = places.filter((place) => place.part === 'headline');
  const courts = firstCourt(body).length > 0 ? firstCourt(body) : firstCourt(headline);
  if (dateline.length === 0 && courts.length === 0) {
    const run = firstResolvedRun(body);
    return mostSpecific(gazetteer, run.length > 0 ? run : firstResolvedRun(headline));
  }
  const where = mostSpecific(gazetteer, dateline);
  const court = mostSpecific(gazetteer, courts);
  if (where === null || court === null) return where ?? court;
  if (gazetteer.contains(where, court)) return court;
  if (gazetteer.contains(court, where)) return where;
  const common = gazetteer.commonAncestor(where, court);
  return common?.code ?? court;
}
