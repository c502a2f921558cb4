import { Gazetteer, type Unit } from './gazetteer.js';
import { Lexicon } from './lexicon.js';
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
  /** Products and dishes named after a place (`武昌鱼`, `绍兴酒`), as a longest-match dictionary. */
  productWords: Lexicon<true>;
  /** Mountains, rivers and lakes named after a place (`鄱阳湖`, `青海湖`), as a longest-match dictionary. */
  landformWords: Lexicon<true>;
}

/** The word lists generated with the gazetteer (see src/data/gazetteer/README.md). */
export interface GeneratedWords {
  /** Town stems that are everyday words (`town-words.txt`). */
  townWords: Iterable<string>;
  /** Everyday words that hold a place name (`not-place-words.txt`), skipped like the hand-made `notPlaces`. */
  notPlaceWords: Iterable<string>;
  /** Products and dishes named after a place (`product-words.txt`), read like the hand-made `productWords`. */
  productWords: Iterable<string>;
  /** Mountains, rivers and lakes named after a place (`landform-words.txt`): their landform character binds to the place. */
  landformWords: Iterable<string>;
}

/** Builds the resolver's data from the gazetteer rows, the rule lists and the generated word lists. */
export function buildRegionData(units: Iterable<Unit>, rules: RegionRulesData, words: GeneratedWords): RegionData {
  const gazetteer = new Gazetteer(units);
  const lexicon = (list: Iterable<string>): Lexicon<true> => {
    const found = new Lexicon<true>();
    for (const word of list) found.add(word, true);
    return found;
  };
  return {
    gazetteer,
    index: buildPlaceIndex(gazetteer),
    rules: compileRules({ ...rules, notPlaces: [...rules.notPlaces, ...words.notPlaceWords] }),
    townWords: new Set(words.townWords),
    productWords: lexicon(words.productWords),
    landformWords: lexicon(words.landformWords),
  };
}
