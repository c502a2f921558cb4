import type { Gazetteer } from './gazetteer.js';
import { Lexicon } from './lexicon.js';
import { townshipStem, unitStem } from './suffixes.js';

/**
 * How a written form names a unit: its official name, a listed short form, a province, city or
 * county name without its suffix (`兴安` for 兴安盟), or a township without its suffix (`科布尔`).
 */
export type EntryKind = 'name' | 'alias' | 'stem' | 'town-stem';

/** One unit a written form may name. */
export interface FormEntry {
  /** Unit code. */
  code: string;
  /** How the form names it. */
  kind: EntryKind;
  /** Preference when context leaves a tie: official names 0, short forms 1, stems 2, town stems 3 (镇) to 7 (地区). */
  rank: number;
}

/** True for entries text may use anywhere; the others count only in a dateline or before a court suffix. */
export function isFreeEntry(entry: FormEntry): boolean {
  return entry.kind === 'name' || entry.kind === 'alias';
}

/** Shortest town name matched in running text: two-character ones (`马镇`) are mostly ordinary words. */
const MIN_TOWN_NAME = 3;

/** Every written form of every unit, for longest-match lookup. */
export type PlaceIndex = Lexicon<FormEntry>;

/** Builds the index of written forms from the gazetteer. */
export function buildPlaceIndex(gazetteer: Gazetteer): PlaceIndex {
  const index = new Lexicon<FormEntry>();
  for (const unit of gazetteer.units()) {
    if (unit.level === 'town') {
      for (const name of [unit.name, ...unit.aliases]) {
        const stem = townshipStem(name);
        if (!stem) continue;
        if ([...name].length >= MIN_TOWN_NAME && stem.named) index.add(name, { code: unit.code, kind: 'name', rank: 0 });
        index.add(stem.stem, { code: unit.code, kind: 'town-stem', rank: stem.rank });
      }
      continue;
    }
    index.add(unit.name, { code: unit.code, kind: 'name', rank: 0 });
    for (const alias of unit.aliases) index.add(alias, { code: unit.code, kind: 'alias', rank: 1 });
    const stem = unitStem(unit.name);
    if (stem && stem !== unit.name && !unit.aliases.includes(stem)) index.add(stem, { code: unit.code, kind: 'stem', rank: 2 });
  }
  return index;
}
