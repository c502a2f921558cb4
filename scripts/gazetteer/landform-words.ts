// Mountains, rivers and lakes named after a place, drawn from jieba's dictionary (shipped in
// nodejieba, MIT). See src/data/gazetteer/README.md.
import type { DictWord, NamedUnit } from './everyday-words.js';

/** The landform characters whose one-character head may begin another place (湖南, 江西, 河北, 山东, 海南). */
const LANDFORM_END = /[山江河湖海]$/;
/** Idioms and set phrases are not names of a landform. */
const PHRASE_TAGS = new Set(['i', 'l']);
/** What a bare form must not end in: a suffix makes a unit's own name (`长沙市`). */
const SUFFIX = /[省市区县旗盟州镇乡]$/;
/** Suffixes a province, city or county name drops in text (`兴安盟` → `兴安`). */
const UNIT_ENDING = /(?:自治区|自治州|自治县|自治旗|地区|省|市|区|县|旗|盟)$/;

/**
 * Words that are a bare province, city or county form and one landform character: mountains,
 * rivers and lakes the dictionary knows by the place's name (`鄱阳湖`, `青海湖`, `嘉陵江`,
 * `五台山`, `永定河`). The resolver binds that character to the place before it, rather than
 * reading it as the start of another place, where the two readings meet (`鄱阳湖南部` holds no
 * 湖南, `青海湖北岸` no 湖北).
 */
export function landformWords(units: Iterable<NamedUnit>, dict: readonly DictWord[]): string[] {
  const bare = new Set<string>();
  for (const unit of units) {
    if (unit.level === 'town') continue;
    for (const form of [unit.name, ...unit.aliases, unit.name.replace(UNIT_ENDING, '')]) {
      if (form.length >= 2 && !SUFFIX.test(form)) bare.add(form);
    }
  }
  const words = new Set<string>();
  for (const { word, tag } of dict) {
    if (LANDFORM_END.test(word) && !PHRASE_TAGS.has(tag) && bare.has(word.slice(0, -1))) words.add(word);
  }
  return [...words].sort();
}
