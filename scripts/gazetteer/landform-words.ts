// Mountains, rivers and lakes named after a place, drawn from jieba's dictionary (shipped in
// nodejieba, MIT). See src/data/gazetteer/README.md.
import { bareUnitForms, type DictWord, type NamedUnit } from './everyday-words.js';

/** The landform characters whose one-character head may begin another place (湖南, 江西, 河北, 山东, 海南). */
const LANDFORM_END = /[山江河湖海]$/;
/** Idioms and set phrases are not names of a landform. */
const PHRASE_TAGS = new Set(['i', 'l']);

/**
 * Words that are a bare province, city or county form and one landform character: mountains,
 * rivers and lakes the dictionary knows by the place's name (`鄱阳湖`, `青海湖`, `嘉陵江`,
 * `五台山`, `永定河`). The resolver binds that character to the place before it, rather than
 * reading it as the start of another place, where the two readings meet (`鄱阳湖南部` holds no
 * 湖南, `青海湖北岸` no 湖北).
 */
export function landformWords(units: Iterable<NamedUnit>, dict: readonly DictWord[]): string[] {
  const bare = bareUnitForms(units);
  const words = new Set<string>();
  for (const { word, tag } of dict) {
    if (LANDFORM_END.test(word) && !PHRASE_TAGS.has(tag) && bare.has(word.slice(0, -1))) words.add(word);
  }
  return [...words].sort();
}
