// Products and dishes named after a place, drawn from jieba's dictionary (shipped in nodejieba,
// MIT). See src/data/gazetteer/README.md.
import { bareUnitForms, type DictWord, type NamedUnit } from './everyday-words.js';

/**
 * Last characters of a food or drink word: fish, fowl, meat, dishes, noodles, cakes, tea, liquor,
 * condiments, fruit and shellfish. 米, 参 and 糖 are left out: words ending in them are as often
 * measures or verbs run together (`四平方米`, `南沙参` in `南沙参加`).
 */
const FOOD_END = /[鱼鸡鸭鹅肉菜面粉饼糕茶酒醋酱瓜梨橙柑枣蟹虾]$/;
/** Noun tags (common, proper, person-like and organisation names); jieba tags 武昌鱼 and 绍兴酒 `nr`. */
const NOUN_TAGS = new Set(['n', 'nz', 'nr', 'nt']);

/**
 * Nouns that begin with a bare province, city or county form and end in a food or drink character:
 * products and dishes named after the place (`武昌鱼`, `北京烤鸭`, `绍兴酒`, `普洱茶`, `东坡肉`,
 * `长寿面`). The resolver reads such a word as the product, not the place, as it reads the
 * hand-made `productWords` of `src/data/regions/rules.json`; this list adds the one-character
 * heads (鱼, 酒, 茶, 面) that would be too loose as a rule (`湖南鱼塘`, `宁夏酒店`, `北京面临`).
 */
export function productWords(units: Iterable<NamedUnit>, dict: readonly DictWord[]): string[] {
  const bare = bareUnitForms(units);
  const words = new Set<string>();
  for (const { word, tag } of dict) {
    if (!FOOD_END.test(word) || !NOUN_TAGS.has(tag)) continue;
    for (let length = 2; length < word.length; length++) {
      if (bare.has(word.slice(0, length))) {
        words.add(word);
        break;
      }
    }
  }
  return [...words].sort();
}
