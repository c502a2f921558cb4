import type { Span } from '../span.js';

/** Administrative level of a unit: 省级, 地级 (cities, leagues, prefectures), 县级 (counties, banners, districts), 乡级 (towns, sumu, sub-districts). */
export type RegionLevel = 'province' | 'city' | 'county' | 'town';

/** Every level, from the top. */
export const REGION_LEVELS: readonly RegionLevel[] = ['province', 'city', 'county', 'town'];

/** Why a place is named: the dateline (`科布尔讯`), a court's seat, a company's name, or any other mention. */
export type RegionRole = 'dateline' | 'court' | 'mention' | 'organization';

/**
 * What the resolver made of a mention: one unit; several units that context could not decide
 * between; or a name that matches no unit (`中宁市`: 中宁 is a county).
 */
export type MentionStatus = 'resolved' | 'ambiguous' | 'unresolved';

/** One place named in an article. */
export interface RegionMention {
  /** The place as written, line breaks removed (`新巴尔虎左旗`, `察右中旗`, `科布尔`). */
  text: string;
  /** Code of the unit it resolved to (6 digits, 9 for towns), or null. */
  code: string | null;
  /** Official full name of that unit, or null. */
  name: string | null;
  /** Level of that unit, or null. */
  level: RegionLevel | null;
  /** Official name of the county the unit is or lies in, or null. */
  county: string | null;
  /** Official name of the prefecture-level city (or its stand-in, see `placeOf`) the unit is or lies in, or null. */
  city: string | null;
  /** Official name of the province the unit is or lies in, or null. */
  province: string | null;
  /** Why the place is named. */
  role: RegionRole;
  /** Whether it resolved. */
  status: MentionStatus;
  /** Codes still possible for an ambiguous mention, or the units an unresolved form resembles; empty when resolved. */
  candidates: readonly string[];
  /** Source span of the place as written. */
  span: Span;
}

/** A unit with the names of the units above it, as the articles view and the region filter use it. */
export interface RegionPlace {
  /** Code of the unit. */
  code: string;
  /** Official full name. */
  name: string;
  /** Level. */
  level: RegionLevel;
  /** Official name of its town, when it is one. */
  town: string | null;
  /** Official name of its county (itself for a county). */
  county: string | null;
  /** Official name of its city (itself for a city). */
  city: string | null;
  /** Official name of its province (itself for a province). */
  province: string | null;
  /** Codes of the unit and every unit above it, innermost first. */
  within: readonly string[];
  /** Full names and short forms of the unit and every unit above it, for matching a user's `--region`. */
  names: readonly string[];
}
