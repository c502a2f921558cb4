import { readFileSync } from 'node:fs';
import { parseUnits } from '../core/regions/gazetteer.js';
import { buildRegionData, type RegionData } from '../core/regions/region-data.js';
import type { RegionRulesData } from '../core/regions/region-rules.js';

// Resolves the same from src/io and dist/io: both sit two levels below the package root.
const UNITS = new URL('../../src/data/gazetteer/units.tsv', import.meta.url);
const TOWN_WORDS = new URL('../../src/data/gazetteer/town-words.txt', import.meta.url);
const NOT_PLACE_WORDS = new URL('../../src/data/gazetteer/not-place-words.txt', import.meta.url);
const PRODUCT_WORDS = new URL('../../src/data/gazetteer/product-words.txt', import.meta.url);
const LANDFORM_WORDS = new URL('../../src/data/gazetteer/landform-words.txt', import.meta.url);
const RULES = new URL('../../src/data/regions/rules.json', import.meta.url);

let cached: RegionData | undefined;

function lines(file: URL): string[] {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line !== '');
}

/** Reads the gazetteer, its generated word lists and the resolver's rule lists from `src/data` (once per process). */
export function loadRegionData(): RegionData {
  cached ??= buildRegionData(
    parseUnits(readFileSync(UNITS, 'utf8')),
    JSON.parse(readFileSync(RULES, 'utf8')) as RegionRulesData,
    {
      townWords: lines(TOWN_WORDS),
      notPlaceWords: lines(NOT_PLACE_WORDS),
      productWords: lines(PRODUCT_WORDS),
      landformWords: lines(LANDFORM_WORDS),
    },
  );
  return cached;
}
