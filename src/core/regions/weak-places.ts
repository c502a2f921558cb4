import { courtSuffixAt } from './court-names.js';
import type { PlaceToken } from './find-places.js';
import { levelRank } from './gazetteer.js';
import { isFreeEntry } from './place-index.js';
import type { RegionData } from './region-data.js';
import type { RegionRules } from './region-rules.js';
import { hasSuffix, townshipStem } from './suffixes.js';

/**
 * Why a token needs support before it counts: a generic official name (`城区`, counted only after
 * its city); a short form that is also an ordinary word (`江山`, `青山`); a bare two-character
 * county form (`德安`, `乌兰`), in running text as often part of a name or word as a place; or a
 * town whose stem is an everyday word (`联合镇`, `建设街道`).
 */
export type Weakness = 'generic' | 'common' | 'remote' | 'town-word' | null;

/** How much a token needs support. */
export function weaknessOf(token: PlaceToken, data: RegionData): Weakness {
  const { rules, gazetteer } = data;
  if (rules.needsParent.has(token.text)) return 'generic';
  if (token.wrongSuffix) return null;
  const named = token.entries.filter(isFreeEntry);
  const levels = named.map((entry) => gazetteer.unit(entry.code).level);
  if (token.entries.every((entry) => gazetteer.unit(entry.code).level === 'town')) {
    // A full name (`联合镇`) or, before a court suffix, a bare stem (`新区` in `天府新区人民法院`).
    const stem = named.length > 0 ? townshipStem(token.text)?.stem : token.text;
    return stem !== undefined && data.townWords.has(stem) ? 'town-word' : null;
  }
  // Checked before the suffix: a listed form may end like a unit's name and still be a word
  // (`全州`, the whole prefecture, in news from an autonomous prefecture).
  if (rules.commonWords.has(token.text) || rules.wholeWords.has(token.text)) return 'common';
  if (hasSuffix(token.text)) return null;
  if ([...token.text].length <= 2 && levels.length > 0 && levels.every((level) => level === 'county')) return 'remote';
  return null;
}

/** What the rest of the text offers a weak token. */
export interface Support {
  /** Candidate codes of the token qualifying it (`江苏南京鼓楼`), if any. */
  previous: readonly string[] | null;
  /** Codes the article's strong places may name. */
  articleUnits: ReadonlySet<string>;
  /** Codes the strong places of the article and its page may name. */
  pageUnits: ReadonlySet<string>;
  /** Provinces the strong places of the article and its page lie in. */
  provinces: ReadonlySet<string>;
}

const OPENING_QUOTE = /[“‘「『"']$/;

/**
 * True when a town's everyday stem is a verb of acting jointly right after the body or person that
 * acts (`法庭联合镇司法所`: the tribunal, jointly with the town's justice office; `法官会同乡政府`:
 * the judge, together with the township government), so no town is named.
 */
function isJointVerb(text: string, token: PlaceToken, rules: RegionRules): boolean {
  const stem = townshipStem(token.text)?.stem ?? token.text;
  if (!rules.jointVerbs.has(stem)) return false;
  const before = text.slice(Math.max(0, token.start - 6), token.start);
  return rules.actorEndings.has(before.slice(-1)) || rules.personTitles.some((title) => before.endsWith(title));
}

/**
 * True when a weak token counts as a place: its qualifier contains it (`阳泉市城区`), which for a
 * generic name may also stand elsewhere in the article (`阳泉讯 城区人民法院`); or a court or
 * organ word follows it (`江山法院`, `德安籍`) and it is not a quoted phrase (`“友好法院”`) nor a
 * "whole" word (`全州法院`); or a
 * word of going or living precedes it (`赶赴德安`); or the article names the same unit otherwise.
 * A town with an everyday stem also counts when a place of the page lies in the same city; a bare
 * county form, when the article or page is about its province or an institution's ending follows
 * it (`敦煌研究院`).
 */
export function isSupported(text: string, token: PlaceToken, weakness: Exclude<Weakness, null>, support: Support, data: RegionData): boolean {
  const { gazetteer, rules } = data;
  const codes = token.entries.map((entry) => entry.code);
  const inside = (outer: Iterable<string>): boolean => codes.some((code) => [...outer].some((unit) => unit !== code && gazetteer.contains(unit, code)));
  if (support.previous !== null && inside(support.previous)) return true;
  if (weakness === 'generic') return inside(support.articleUnits);
  if (weakness === 'town-word' && isJointVerb(text, token, rules)) return false;
  const quoted = OPENING_QUOTE.test(text.slice(0, token.start));
  const organ = courtSuffixAt(text, token.end) !== null || rules.organFollowers.some((word) => text.startsWith(word, token.end));
  // A bare stem was read only because a court suffix follows (`中心法庭`): that cannot support it too.
  const bareStem = !token.entries.some(isFreeEntry);
  // `全州法院` is as often all the prefecture's courts as 全州县's court: no support either way.
  if (organ && !quoted && !bareStem && !rules.wholeWords.has(token.text)) return true;
  const before = text.slice(Math.max(0, token.start - 4), token.start);
  if (rules.motionWords.some((word) => before.endsWith(word))) return true;
  if (codes.some((code) => support.articleUnits.has(code))) return true;
  if (weakness === 'town-word') {
    const sameCity = (code: string, unit: string): boolean => {
      const common = gazetteer.commonAncestor(code, unit);
      return common !== null && levelRank(common.level) >= levelRank('city');
    };
    return codes.some((code) => [...support.pageUnits].some((unit) => sameCity(code, unit)));
  }
  if (weakness === 'common') return false;
  if (rules.institutionEndings.some((ending) => text.startsWith(ending, token.end))) return true;
  return codes.some((code) => support.provinces.has(gazetteer.ancestors(code).at(-1)?.code ?? ''));
}
