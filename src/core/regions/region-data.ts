import { Gazetteer, type Unit } from './gazetteer.js';
import { buildPlaceIndex, type PlaceIndex } from './place-index.js';
import { compileRules, type RegionRules, type RegionRulesData } from './region-rules.js';

/** Everything the resolver reads: the gazetteer, its index of written forms, and the rule lists. */
export interface RegionData {
  /** Units and hierarchy. */
  gazetteer: Gazetteer;
  /** Written forms of every unit. */
  index: PlaceIndex;
  /** False-hit guards and context words. */
  rules: RegionRules;
  /** Town stems that are everyday words (`联合`, `建设`): such a town's full name needs support in the text. */
  townWords: ReadonlySet<string>;
}

/** Builds the resolver's data from the gazetteer rows, the rule lists and the everyday town stems. */
export function buildRegionData(units: Iterable<Unit>, rules: RegionRulesData, townWords: Iterable<string>): RegionData {
  const gazetteer = new Gazetteer(units);
  return { gazetteer, index: buildPlaceIndex(gazetteer), rules: compileRules(rules), townWords: new Set(townWords) };
}
