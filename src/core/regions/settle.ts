import type { FoundPlace } from './article-places.js';
import { affinity, breakTies, fitCourt, namedOutright, narrowByContext, within } from './context.js';
import { levelRank, type Gazetteer } from './gazetteer.js';
import { isFreeEntry, type FormEntry } from './place-index.js';

/** How many different codes the entries name (asked for every open place in every round: no set unless needed). */
function distinct(entries: readonly FormEntry[]): number {
  const first = entries[0]?.code;
  if (entries.every((entry) => entry.code === first)) return entries.length === 0 ? 0 : 1;
  return new Set(entries.map((entry) => entry.code)).size;
}

/** Codes the given places resolved to. */
export function resolvedCodes(places: Iterable<FoundPlace>): string[] {
  const codes: string[] = [];
  for (const place of places) if (place.code !== null) codes.push(place.code);
  return codes;
}

/** Codes the open places among the given ones may name. */
export function openCodes(places: Iterable<FoundPlace>): string[] {
  const codes: string[] = [];
  for (const place of places) if (place.code === null) codes.push(...place.candidates.map((entry) => entry.code));
  return codes;
}

/**
 * One round of resolving the open places against a context: the court suffix's level and the
 * qualifying place narrow a place's candidates first, then the context units (`contextOf`) that
 * fit at least at level `minimum`, and a place left with one candidate is resolved. Returns
 * whether anything changed.
 */
export function settle(gazetteer: Gazetteer, places: readonly FoundPlace[], contextOf: (place: FoundPlace) => string[], minimum = 1): boolean {
  let changed = false;
  for (const place of places) {
    if (place.code !== null || place.candidates.length === 0) continue;
    let candidates = fitCourt(gazetteer, place.candidates, place.courtKind);
    const inside = within(gazetteer, candidates, place.previous?.code ?? null);
    // A qualifier is the strongest context: 辽宁 + 朝阳 is the city, not the county inside it.
    candidates = inside.length < candidates.length ? breakTies(gazetteer, inside) : inside;
    // A dateline is the reporting court's own place: of a nested pair sharing its form (玉树讯: the
    // prefecture and 玉树市), the one the article names in full is meant.
    if (distinct(candidates) > 1) candidates = narrowByContext(gazetteer, candidates, contextOf(place), minimum, place.part === 'dateline') ?? candidates;
    if (distinct(candidates) !== distinct(place.candidates)) changed = true;
    place.candidates = candidates;
    if (distinct(candidates) === 1) {
      place.code = (candidates[0] as FormEntry).code;
      changed = true;
    }
  }
  return changed;
}

/** Settles places until nothing changes. */
export function settleAll(gazetteer: Gazetteer, places: readonly FoundPlace[], contextOf: (place: FoundPlace) => string[], minimum = 1): void {
  for (let round = 0; round < 8 && settle(gazetteer, places, contextOf, minimum); round++);
}

/**
 * Resolves each open place whose written form names one unit outright (see `namedOutright`),
 * judged on everything the form may name, so context that dropped a rival (兰州's 城关区 beside
 * 拉萨's) cannot promote the survivor; the unit must also still fit the context.
 */
export function settleByForm(places: readonly FoundPlace[]): void {
  for (const place of places) {
    if (place.code !== null || place.candidates.length < 2) continue;
    const named = namedOutright(place.token.entries);
    if (named && place.candidates.some((entry) => entry.code === named.code)) {
      place.candidates = [named];
      place.code = named.code;
    }
  }
}

/** Keeps the candidates in `province` (the corpus's main one), when there are any, and resolves a place left with one. */
export function settleInProvince(gazetteer: Gazetteer, places: readonly FoundPlace[], province: string): void {
  for (const place of places) {
    if (place.code !== null || place.candidates.length < 2) continue;
    const inside = place.candidates.filter((entry) => gazetteer.contains(province, entry.code));
    if (inside.length === 0) continue;
    place.candidates = breakTies(gazetteer, inside);
    if (distinct(place.candidates) === 1) place.code = (place.candidates[0] as FormEntry).code;
  }
}

/**
 * Marks unresolved each place whose remaining candidates are read only through a stem (a dateline
 * `城关`, a tribunal `龙湖法庭`) and fit nothing around it: when the article names a county or a
 * town, the stem's township must lie in the same county (`城关讯` + 登封市人民法院, and 登封 has no
 * 城关镇); otherwise it must at least share a province with the article or page. Such a name is a
 * local one the gazetteer does not know, not a township across the country or the league.
 */
export function rejectStrays(gazetteer: Gazetteer, places: readonly FoundPlace[], inArticle: (place: FoundPlace) => string[], onPage: (place: FoundPlace) => string[]): void {
  const county = levelRank('county');
  for (const place of places) {
    if (place.unresolved || place.candidates.some(isFreeEntry)) continue;
    const local = inArticle(place).filter((code) => levelRank(gazetteer.unit(code).level) >= county);
    const context = local.length > 0 ? local : [...inArticle(place), ...onPage(place)];
    const needed = local.length > 0 ? county : 1;
    if (context.length > 0 && place.candidates.every((entry) => affinity(gazetteer, entry.code, context) < needed)) {
      place.unresolved = true;
      place.code = null;
    }
  }
}

/**
 * Marks unresolved each township written right after its county that the county does not have
 * (`会宁县城关镇`: 会宁县 has no 城关镇 in the 2023 codes): the text says which one it means, and
 * it is none of the namesakes.
 */
export function rejectBrokenChains(gazetteer: Gazetteer, places: readonly FoundPlace[]): void {
  for (const place of places) {
    const county = place.previous?.code;
    if (place.unresolved || place.code !== null || !county || gazetteer.unit(county).level !== 'county') continue;
    const towns = place.candidates.every((entry) => gazetteer.unit(entry.code).level === 'town');
    if (towns && !place.candidates.some((entry) => gazetteer.contains(county, entry.code))) place.unresolved = true;
  }
}
