import type { Article } from '../article.js';
import { excerpt } from '../span.js';
import { articlePlaces, type FoundPlace } from './article-places.js';
import { primaryRegion } from './primary-region.js';
import type { RegionData } from './region-data.js';
import type { MentionStatus, RegionMention, RegionPlace } from './region-types.js';
import { openCodes, rejectBrokenChains, rejectStrays, resolvedCodes, settleAll, settleByForm, settleInProvince } from './settle.js';
import { isSupported } from './weak-places.js';

/** What the resolver found in one article. */
export interface ArticleRegions {
  /** Every place named (dateline, headline, body), in source order. */
  regions: RegionMention[];
  /** The article's primary region, or null. */
  primaryRegion: RegionPlace | null;
}

/** Options of {@link resolveFileRegions}. */
export interface ResolveOptions {
  /** Code of the corpus's dominant province: the last resort for names context leaves open. */
  dominantProvince?: string | null;
}

/** The province of a place whose candidates all lie in one province, or null. */
function provinceOf(data: RegionData, place: FoundPlace): string | null {
  const provinces = new Set(place.candidates.map((entry) => data.gazetteer.ancestors(entry.code).at(-1)?.code));
  return provinces.size === 1 ? ([...provinces][0] ?? null) : null;
}

/** Drops weak places (`江山`, `德安`, `城区`) that nothing in the article or page supports. */
function dropUnsupported(articles: FoundPlace[][], data: RegionData): FoundPlace[][] {
  const strong = (place: FoundPlace): boolean => place.weakness === null && place.candidates.length > 0;
  const codesOf = (places: FoundPlace[]): Set<string> => {
    const codes = new Set<string>();
    for (const place of places) if (strong(place)) for (const entry of place.candidates) codes.add(entry.code);
    return codes;
  };
  const pageUnits = codesOf(articles.flat());
  const provinces = new Set(articles.flat().filter(strong).map((place) => provinceOf(data, place)).filter((code): code is string => code !== null));
  return articles.map((places) => {
    const support = { articleUnits: codesOf(places), pageUnits, provinces };
    return places.filter((place) => {
      if (place.weakness === null) return true;
      const previous = place.previous ? place.previous.candidates.map((entry) => entry.code) : null;
      return isSupported(place.partText, place.token, place.weakness, { ...support, previous }, data);
    });
  });
}

function status(place: FoundPlace): MentionStatus {
  if (place.unresolved) return 'unresolved';
  return place.code === null ? 'ambiguous' : 'resolved';
}

function toMention(place: FoundPlace, source: string, data: RegionData): RegionMention {
  const unit = place.code === null ? null : data.gazetteer.placeOf(place.code);
  const state = status(place);
  const candidates = state === 'resolved' ? [] : (state === 'unresolved' ? place.token.entries : place.candidates).map((entry) => entry.code);
  return {
    text: excerpt(source, place.span).text,
    code: unit?.code ?? null,
    name: unit?.name ?? null,
    level: unit?.level ?? null,
    county: unit?.county ?? null,
    city: unit?.city ?? null,
    province: unit?.province ?? null,
    role: place.role,
    status: state,
    candidates: [...new Set(candidates)].sort(),
    span: place.span,
  };
}

/**
 * Finds and resolves the places of a file's articles. An ambiguous name is decided by the other
 * places of its own article first, then by those of the other articles of the file (the page),
 * then by the corpus's dominant province; what is still open stays ambiguous, with its candidates.
 */
export function resolveFileRegions(articles: readonly Article[], source: string, data: RegionData, options: ResolveOptions = {}): ArticleRegions[] {
  const { gazetteer } = data;
  const found = dropUnsupported(
    articles.map((article) => articlePlaces(article, source, data)),
    data,
  );
  const all = found.flat();
  const articleOf = new Map<FoundPlace, FoundPlace[]>();
  for (const places of found) for (const place of places) articleOf.set(place, places);
  const others = (place: FoundPlace): FoundPlace[] => (articleOf.get(place) ?? []).filter((other) => other !== place);
  const inArticle = (place: FoundPlace): string[] => resolvedCodes(others(place));
  // Two open names can settle each other (那吉讯 + 阿旗法院: only 阿荣旗 has a 那吉镇), but only
  // when they share at least a city: a shared province is too weak a hint between guesses. A name
  // written the same way says nothing about the other (北京讯 + 北京法院 would otherwise agree on
  // 广州's 北京街道, the narrowest unit both may name).
  const openInArticle = (place: FoundPlace): string[] => openCodes(others(place).filter((other) => other.token.text !== place.token.text));
  const onPage = (place: FoundPlace): string[] => resolvedCodes(all.filter((other) => articleOf.get(other) !== articleOf.get(place)));
  settleAll(gazetteer, all, inArticle);
  settleAll(gazetteer, all, openInArticle, 2);
  settleAll(gazetteer, all, inArticle);
  settleAll(gazetteer, all, onPage);
  settleAll(gazetteer, all, inArticle);
  if (options.dominantProvince) {
    settleInProvince(gazetteer, all, options.dominantProvince);
    settleAll(gazetteer, all, inArticle);
  }
  settleByForm(all);
  settleAll(gazetteer, all, inArticle);
  rejectStrays(gazetteer, all, inArticle, onPage);
  rejectBrokenChains(gazetteer, all);
  return found.map((places) => {
    const primary = primaryRegion(gazetteer, places);
    // The dateline's stem repeated in the body names its town only where the dateline found one.
    const kept = places.filter((place) => place.token.echo !== true || place.code !== null);
    const regions = kept.map((place) => toMention(place, source, data)).sort((a, b) => a.span.start - b.span.start);
    return { regions, primaryRegion: primary === null ? null : gazetteer.placeOf(primary) };
  });
}
