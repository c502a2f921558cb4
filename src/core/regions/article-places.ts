import type { Article } from '../article.js';
import { toSourceSpan, type NormalText } from '../normalise.js';
import type { Span } from '../span.js';
import type { CourtKind } from './court-names.js';
import { isClimbedMountain } from './feature-names.js';
import { findPlaces, type PlaceToken } from './find-places.js';
import { isPersonName } from './person-names.js';
import { isStreetName } from './street-names.js';
import type { FormEntry } from './place-index.js';
import { assignRoles } from './place-roles.js';
import type { RegionData } from './region-data.js';
import type { RegionRole } from './region-types.js';
import { weaknessOf, type Weakness } from './weak-places.js';

/** Where in an article a place stands. */
export type ArticlePart = 'dateline' | 'headline' | 'body';

/** A place found in an article, as the resolver works on it. */
export interface FoundPlace {
  /** Part of the article. */
  part: ArticlePart;
  /** The token, with offsets into the part's text. */
  token: PlaceToken;
  /** The part's text. */
  partText: string;
  /** Source span. */
  span: Span;
  /** Role. */
  role: RegionRole;
  /** For a court: the level its suffix implies. */
  courtKind: CourtKind | null;
  /** For a court: a key shared by the places of one court name, increasing in text order within a part. */
  courtGroup: number | null;
  /** The place qualifying this one, if any. */
  previous: FoundPlace | null;
  /** How much it needs support to count. */
  weakness: Weakness;
  /** Units still possible. */
  candidates: FormEntry[];
  /** The unit it resolved to, once it has. */
  code: string | null;
  /** True when it names no unit: a wrong suffix (`中宁市`), an unknown dateline, or a stem that fits nothing around it. */
  unresolved: boolean;
}

/** The text of a source span with whitespace removed, mapped back to the source. */
export function plainText(source: string, span: Span): NormalText {
  let text = '';
  const map: number[] = [];
  for (let i = span.start; i < span.end; i++) {
    const ch = source[i] as string;
    if (/\s/.test(ch)) continue;
    text += ch;
    map.push(i);
  }
  const offsets = new Int32Array(text.length + 1);
  offsets.set(map);
  offsets[text.length] = span.end;
  return { text, offsets };
}

function place(part: ArticlePart, normal: NormalText, token: PlaceToken, role: RegionRole, data: RegionData): FoundPlace {
  return {
    part,
    token,
    partText: normal.text,
    span: toSourceSpan(normal, token.start, token.end),
    role,
    courtKind: null,
    courtGroup: null,
    previous: null,
    weakness: part === 'dateline' ? null : weaknessOf(token, data),
    candidates: token.wrongSuffix ? [] : token.entries,
    code: null,
    unresolved: token.wrongSuffix || token.entries.length === 0,
  };
}

/** A wire dateline (`新华社北京3月24日电`, `本报北京电`) files from a city or province, never a town. */
const WIRE = /^[\s\u3000]*(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?电/;

/**
 * The dateline's places; a dateline naming no known unit is one unresolved place. A local
 * dateline (`科布尔讯`) may name a town by its stem; a wire dateline only by a name or short form.
 */
function datelinePlaces(article: Article, source: string, data: RegionData): FoundPlace[] {
  if (!article.datelineSpan) return [];
  const normal = plainText(source, article.datelineSpan);
  const wire = WIRE.test(source.slice(article.datelineSpan.end, article.datelineSpan.end + 12));
  const tokens = findPlaces(normal.text, data, { dateline: !wire });
  const found = tokens.length > 0 ? tokens : [{ start: 0, end: normal.text.length, text: normal.text, entries: [], wrongSuffix: false }];
  const places = found.map((token) => place('dateline', normal, token, 'dateline', data));
  places.forEach((p, i) => {
    if (i > 0 && (found[i - 1] as PlaceToken).end === p.token.start) p.previous = places[i - 1] ?? null;
  });
  return places;
}

/** Places in running text (headline or body), with their roles, people's, streets' and climbed mountains' names left out. */
function textPlaces(part: ArticlePart, normal: NormalText, data: RegionData, datelineStems: ReadonlyMap<string, ReadonlySet<string>>): FoundPlace[] {
  const tokens = findPlaces(normal.text, data, { datelineStems }).filter(
    (token) => !isPersonName(normal.text, token, data.rules) && !isStreetName(normal.text, token, data.rules) && !isClimbedMountain(normal.text, token, data.rules),
  );
  const roles = assignRoles(normal.text, tokens, data.rules);
  const places = tokens.map((token) => place(part, normal, token, 'mention', data));
  places.forEach((p, i) => {
    const role = roles[i];
    if (!role) return;
    p.role = role.role;
    p.courtKind = role.courtKind;
    p.courtGroup = role.courtGroup;
    p.previous = role.previous === null ? null : (places[role.previous] ?? null);
  });
  // The dateline's stem repeated in running text names its town only in the name of a body or an
  // organisation (`城关派出所`, `博鳌亚洲论坛`); elsewhere it heads a brand, a sight or an event
  // named after the town (`“茅台”`, `西江千户苗寨`, `乌镇峰会`), which the labels leave out.
  const organ = (token: PlaceToken): boolean => data.rules.organFollowers.some((word) => normal.text.startsWith(word, token.end));
  return places.filter((p) => p.token.echo !== true || p.role !== 'mention' || organ(p.token));
}

/** The towns a dateline names by their stem (`博鳌讯`), by that stem. */
function townStems(dateline: readonly FoundPlace[]): Map<string, Set<string>> {
  const stems = new Map<string, Set<string>>();
  for (const place of dateline) {
    const codes = place.token.entries.filter((entry) => entry.kind === 'town-stem').map((entry) => entry.code);
    if (codes.length > 0) stems.set(place.token.text, new Set(codes));
  }
  return stems;
}

/**
 * Every place of an article: dateline, headline, body, in that order. A town the dateline names
 * by its stem may be named so in the name of a body or an organisation in the headline and body
 * too (`城关讯` … `城关派出所`, `博鳌讯` … `博鳌亚洲论坛`): the reporter calls the place what the
 * dateline does.
 */
export function articlePlaces(article: Article, source: string, data: RegionData): FoundPlace[] {
  const dateline = datelinePlaces(article, source, data);
  const stems = townStems(dateline);
  const headline = article.headlineSpan ? textPlaces('headline', plainText(source, article.headlineSpan), data, stems) : [];
  return [...dateline, ...headline, ...textPlaces('body', article, data, stems)];
}
