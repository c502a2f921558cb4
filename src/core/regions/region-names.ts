import { writtenForms, type Gazetteer, type Unit } from './gazetteer.js';
import type { RegionPlace } from './region-types.js';

/** True when `place` is the unit a user named (full name, short form, stem or code) or lies inside it. */
export function isInRegion(place: RegionPlace | null, query: string): boolean {
  const wanted = query.trim();
  return place !== null && wanted !== '' && (place.within.includes(wanted) || place.names.includes(wanted));
}

/** The units a user's region name or code may mean (`包头` → 包头市; `青山区` → both). */
export function unitsNamed(gazetteer: Gazetteer, query: string): Unit[] {
  const wanted = query.trim();
  const found: Unit[] = [];
  for (const unit of gazetteer.units()) if (unit.code === wanted || writtenForms(unit).includes(wanted)) found.push(unit);
  return found;
}

/** A unit as people tell it apart from its namesakes: its parent's name before its own (`包头市青山区`). */
export function qualifiedName(gazetteer: Gazetteer, code: string): string {
  const unit = gazetteer.unit(code);
  const parent = unit.parent === null ? undefined : gazetteer.get(unit.parent);
  return parent ? `${parent.name}${unit.name}` : unit.name;
}
