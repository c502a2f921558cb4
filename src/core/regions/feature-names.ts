import { startsOrganization } from './organization.js';
import type { FormEntry } from './place-index.js';
import type { PlaceToken } from './find-places.js';
import type { RegionData } from './region-data.js';
import type { RegionRules } from './region-rules.js';
import { hasSuffix } from './suffixes.js';

/**
 * True when a form is written without the suffix of the unit it names, so it can head another
 * name: a bare form (`兰州`), or a short form that happens to end like one (`广州`, `沙县` for
 * 沙县区). An official full name (`黄山市`, `德安县`) names the unit itself.
 */
export function isShortForm(form: string, entries: readonly FormEntry[]): boolean {
  return !hasSuffix(form) || entries.every((entry) => entry.kind !== 'name');
}

const HAN = /[\u3400-\u9fff]/;

/** The longest of `words` that starts at `at` in `text`, or null. */
function longestAt(text: string, at: number, words: Iterable<string>): string | null {
  let best: string | null = null;
  for (const word of words) if (text.startsWith(word, at) && (best === null || word.length > best.length)) best = word;
  return best;
}

/**
 * True when the name of some unit above the townships starts at `at`, with or without its suffix
 * (`山东`, `江西`, `湖南`, `江汉` of 江汉区).
 */
function placeStartsAt(text: string, at: number, data: RegionData): boolean {
  return data.index.matchesAt(text, at).some((match) => match.values.some((entry) => entry.kind !== 'town-stem'));
}

/**
 * Where a longer proper noun headed by the short place form `text[start, end)` ends, or null when
 * the form names the place. What follows decides: a landform word makes a mountain, river or lake
 * of it (`玉龙` + `雪山`, `鄱阳` + `湖`, `贺兰` + `山东麓`); a form that already ends in 山, 江, 河 or
 * 湖 is the feature when a word about the feature follows (`峨眉山` + `半山腰`, `黑龙江` + `江面`,
 * `黑龙江` + `畔`), and so does its side (`西湖` + `北岸`); a dish, drink or product word makes a
 * style named after the place (`兰州` + `牛肉面`, `青岛` + `啤酒`, and the dictionary's `武昌鱼`,
 * `绍兴酒`), unless a company's name goes on from it (`青岛啤酒股份有限公司`). A one-character
 * landform word that begins another place's name (`河北`, `湖南`) is that place, unless the
 * dictionary knows the landform (`鄱阳湖南部`: no 湖南) or a side word follows it (`青海湖北岸`: the
 * lake's northern shore, no 湖北), and listed words such as `山区`, `湖泊`, `边境` leave the place a
 * place.
 */
export function featureEnd(text: string, start: number, end: number, entries: readonly FormEntry[], data: RegionData): number | null {
  const form = text.slice(start, end);
  if (!isShortForm(form, entries)) return null;
  const { rules } = data;
  // 武昌鱼, 绍兴酒: a product the dictionary lists under the place's name; but not where its head
  // begins another word (绍兴酒店, 广东茶商, 长寿面临: a hotel, a tea trader, a verb).
  const product = data.productWords.matchesAt(text, start)[0];
  const after = (word: string): boolean => text.startsWith(word, end);
  if (
    product &&
    product.form.length > form.length &&
    !rules.notFeatureWords.some(after) &&
    !rules.organizationSuffixes.some(after) &&
    !startsOrganization(text, start + product.form.length, text.length, rules, rules.companySuffixes)
  ) {
    return start + product.form.length;
  }
  const parts = rules.landformParts.get(form.slice(-1)) ?? [];
  // 西湖北岸, 泰山东麓: a form that is a landform's name, then its side.
  if (parts.length > 0) {
    const side = landformSideEnd(text, end - 1, data);
    if (side !== null) return side;
  }
  const listed = rules.featureWords.get(text[end] ?? '') ?? [];
  const word = longestAt(text, end, parts.length > 0 ? [...listed, ...parts] : listed);
  if (word === null || rules.notFeatureWords.includes(word)) return null;
  if (word.length === 1 && rules.landformHeads.includes(word) && !parts.includes(word) && placeStartsAt(text, end, data)) {
    // 鄱阳湖南部: a lake the dictionary knows binds its 湖 before 湖南 is considered; 青海湖北岸: so
    // does a side word after it, whatever the landform.
    const known = data.landformWords.matchesAt(text, start).some((match) => match.form.length === end - start + 1);
    return known ? end + 1 : landformSideEnd(text, end, data);
  }
  // 青岛啤酒股份有限公司, 云南白药集团: a company named after its product is the place's company;
  // a shop named after a dish (文昌鸡饭店, 北京烤鸭酒店) is not.
  if (rules.productWords.includes(word) && startsOrganization(text, end + word.length, text.length, rules, rules.companySuffixes)) return null;
  return end + word.length;
}

/**
 * Where a landform's side ends when the text at `at` is a landform's last character and a side word
 * (`太湖` + `南岸`, `泰山` + `东麓`, `黄河` + `北岸`), or null. The landform's name may be one the
 * gazetteer does not know; the place it would otherwise yield (湖南, 山东, 河北) is not named.
 */
export function landformSideEnd(text: string, at: number, data: RegionData): number | null {
  const { rules } = data;
  if (!rules.landformEnds.has(text.charCodeAt(at)) || !HAN.test(text[at - 1] ?? '')) return null;
  const side = longestAt(text, at + 1, rules.sideWords);
  return side === null ? null : at + 1 + side.length;
}

/**
 * True when a short form ending in 山 is the mountain someone climbs (`登黄山`, `攀登泰山`, `爬上
 * 五指山`) rather than the city or county of that name.
 */
export function isClimbedMountain(text: string, token: PlaceToken, rules: RegionRules): boolean {
  if (!token.text.endsWith('山') || !isShortForm(token.text, token.entries)) return false;
  const before = text.slice(Math.max(0, token.start - 4), token.start);
  return rules.climbWords.some((word) => before.endsWith(word)) && !rules.notClimbWords.some((word) => before.endsWith(word));
}
