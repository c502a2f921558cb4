import { levelRank, type Gazetteer } from './gazetteer.js';
import type { FormEntry } from './place-index.js';
import type { CourtKind } from './court-names.js';
import type { RegionLevel } from './region-types.js';

/**
 * How closely a candidate fits the context. Against each context unit: if one contains the other
 * (长沙 + 长沙县人民法院: both 长沙市 and 长沙县 fit), the level of the context unit plus a half;
 * otherwise the level of the smallest unit they share (0: none, 1: province … 4: town). The best
 * over the context counts. With `same`, the very unit the context names fits better still (its
 * level plus three quarters), so that of a nested pair sharing a written form the one named in
 * full elsewhere wins (`玉树讯` + 玉树市人民法院 → 玉树市, not 玉树藏族自治州).
 */
export function affinity(gazetteer: Gazetteer, code: string, context: readonly string[], same = false): number {
  let best = 0;
  for (const other of context) {
    if (same && other === code) {
      best = Math.max(best, levelRank(gazetteer.unit(other).level) + SAME);
      continue;
    }
    if (gazetteer.contains(code, other) || gazetteer.contains(other, code)) {
      best = Math.max(best, levelRank(gazetteer.unit(other).level) + 0.5);
      continue;
    }
    const common = gazetteer.commonAncestor(code, other);
    if (common) best = Math.max(best, levelRank(common.level));
  }
  return best;
}

/** What naming the very unit adds to its level in {@link affinity}: more than containing it. */
const SAME = 0.75;

/** Below this affinity (sharing no more than a province), context narrows but does not choose by form. */
const CITY = levelRank('city');

/**
 * The candidates that fit the context best, or null when none reaches `minimum` (by default: the
 * same province). When the best fit is at least a city, ties are broken by {@link breakTies};
 * when it is only a province, only by keeping the outer of nested candidates: a shared province
 * says too little to prefer 兰州's 城关区 over the province's many 城关镇. With `same`, a candidate
 * the context names itself fits best (see {@link affinity}) when it is the only one named.
 */
export function narrowByContext(gazetteer: Gazetteer, candidates: readonly FormEntry[], context: readonly string[], minimum = 1, same = false): FormEntry[] | null {
  if (context.length === 0) return null;
  // Only one candidate may be the named one: 黄山讯 + 黄山市黄山区人民法院 names both, and decides nothing.
  const named = new Set(candidates.filter((entry) => context.includes(entry.code)).map((entry) => entry.code));
  const bonus = same && named.size === 1;
  const scored = candidates.map((entry) => ({ entry, score: affinity(gazetteer, entry.code, context, bonus && named.has(entry.code)) }));
  const best = Math.max(...scored.map((s) => s.score));
  if (best < minimum) return null;
  const fitting = scored.filter((s) => s.score === best).map((s) => s.entry);
  return best >= CITY ? breakTies(gazetteer, fitting) : outermost(gazetteer, fitting);
}

/** The candidates not inside another candidate. */
function outermost(gazetteer: Gazetteer, candidates: readonly FormEntry[]): FormEntry[] {
  return candidates.filter((entry) => !candidates.some((other) => other.code !== entry.code && gazetteer.contains(other.code, entry.code)));
}

/**
 * Among candidates the context fits equally well, the way the text names them decides (an
 * official name or short form before a stem, a 镇 before a 街道), then the outer unit of a nested
 * pair (辽宁 + 朝阳 → 朝阳市, not 朝阳县 inside it).
 */
export function breakTies(gazetteer: Gazetteer, candidates: readonly FormEntry[]): FormEntry[] {
  const rank = Math.min(...candidates.map((entry) => entry.rank));
  return outermost(gazetteer, candidates.filter((entry) => entry.rank === rank));
}

const COURT_LEVEL: Record<CourtKind, RegionLevel> = { high: 'province', intermediate: 'city', basic: 'county', tribunal: 'town' };

/**
 * The one unit a name or short form names, when the other candidates only share its stem (`北京`
 * is 北京市, not 广州's 北京街道); null when stems alone remain or two units share the best form.
 */
export function namedOutright(candidates: readonly FormEntry[]): FormEntry | null {
  const rank = Math.min(...candidates.map((entry) => entry.rank));
  const best = candidates.filter((entry) => entry.rank === rank);
  return rank <= 1 && best.length === 1 ? (best[0] as FormEntry) : null;
}

/** True when a unit can seat a court of this kind; a municipality (北京市) seats city-level courts too (北京金融法院). */
function seats(gazetteer: Gazetteer, code: string, kind: CourtKind): boolean {
  const unit = gazetteer.unit(code);
  if (unit.level === COURT_LEVEL[kind]) return true;
  return kind === 'intermediate' && unit.level === 'province' && unit.name.endsWith('市');
}

/** The candidates at the level the court suffix implies (`中院` → a city, `法庭` → a town), when there are any. */
export function fitCourt(gazetteer: Gazetteer, candidates: readonly FormEntry[], kind: CourtKind | null): FormEntry[] {
  if (kind === null) return [...candidates];
  const fitting = candidates.filter((entry) => seats(gazetteer, entry.code, kind));
  return fitting.length > 0 ? fitting : [...candidates];
}

/** The candidates inside `outer`, when there are any. */
export function within(gazetteer: Gazetteer, candidates: readonly FormEntry[], outer: string | null): FormEntry[] {
  if (outer === null) return [...candidates];
  const inside = candidates.filter((entry) => gazetteer.contains(outer, entry.code));
  return inside.length > 0 ? inside : [...candidates];
}
