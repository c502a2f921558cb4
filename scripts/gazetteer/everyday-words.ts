// Word lists drawn from jieba's dictionary (shipped in nodejieba, MIT): which place names are also
// everyday words, and which everyday words contain a place name. See src/data/gazetteer/README.md.

/** One entry of jieba's dictionary. */
export interface DictWord {
  word: string;
  frequency: number;
  /** Part-of-speech tag: `ns` place names, `i` idioms, `l` set phrases, `nr` people … */
  tag: string;
}

/** A gazetteer unit as the word lists need it. */
export interface NamedUnit {
  name: string;
  level: 'province' | 'city' | 'county' | 'town';
  aliases: readonly string[];
}

/** Parses `jieba.dict.utf8` (`word frequency tag` per line). */
export function parseDict(text: string): DictWord[] {
  return text
    .split('\n')
    .map((line) => line.split(' '))
    .filter((fields) => fields.length >= 3)
    .map(([word = '', frequency = '0', tag = '']) => ({ word, frequency: Number(frequency), tag }));
}

/** What a bare form must not end in: a suffix makes a unit's own name (`长沙市`). */
const SUFFIX = /[省市区县旗盟州镇乡]$/;
/** Suffixes a province, city or county name drops in text (`兴安盟` → `兴安`). */
const UNIT_ENDING = /(?:自治区|自治州|自治县|自治旗|地区|省|市|区|县|旗|盟)$/;

/**
 * The bare forms of the provinces, cities and counties: names, short forms and names without their
 * suffix, of two characters or more, that do not end in a suffix (`兴安`, `包头`).
 */
export function bareUnitForms(units: Iterable<NamedUnit>): Set<string> {
  const bare = new Set<string>();
  for (const unit of units) {
    if (unit.level === 'town') continue;
    for (const form of [unit.name, ...unit.aliases, unit.name.replace(UNIT_ENDING, '')]) {
      if (form.length >= 2 && !SUFFIX.test(form)) bare.add(form);
    }
  }
  return bare;
}

/** Names of bodies after a place: the place is found and given a role, not blocked. */
const INSTITUTION = /^.*(?:法院|中院|法庭|政府|党委|公司|大学|学院|银行|集团|总队|医院)/;
/** Characters that stand before a place as a preposition or verb (`于长春`, `从金华`). */
const BEFORE_PLACE = '于从向和过来居望在到至去赴经往与及由自离回返住任封';
const SUFFIX_CHAR = /^[省市区县旗盟州]/;
/** A stem listed at least this often, and not as a place, is an everyday word. */
const EVERYDAY = 100;
/** A word this frequent that holds a place name inside it is worth blocking. */
const LISTED = 3;

/** Stems of township names that are everyday words (`联合` of 联合镇), given the township pattern. */
export function townWords(units: Iterable<NamedUnit>, dict: readonly DictWord[], township: RegExp): string[] {
  const everyday = new Set(dict.filter((w) => w.frequency >= EVERYDAY && !w.tag.startsWith('ns')).map((w) => w.word));
  const stems = new Set<string>();
  for (const unit of units) {
    if (unit.level !== 'town') continue;
    for (const name of [unit.name, ...unit.aliases]) {
      const stem = name.replace(township, '');
      if (stem !== name && [...stem].length >= 2 && everyday.has(stem)) stems.add(stem);
    }
  }
  return [...stems].sort();
}

/**
 * Everyday words that hold a bare province, city or county form without naming it: idioms and set
 * phrases (`安居乐业` holds 乐业, `长治久安` 长治, `接二连三` 二连), and words with such a form
 * inside rather than at the start (`复合肥` holds 合肥, `隆重庆祝` 重庆, `党和政府` 和政). Left out:
 * place names themselves; words where the form takes a suffix (`中共北京市委`) or names a body;
 * words other than idioms that begin with a place form (`吉林长春`, and `武汉中院` with its 汉中),
 * which are qualified names; and a preposition or surname with a form (`于长春`, `刘长春`): the
 * first would hide `位于长春市`, the second is left to the person-name guard.
 */
export function notPlaceWords(units: Iterable<NamedUnit>, dict: readonly DictWord[], surnames: string): string[] {
  const known = new Set<string>();
  const bare = new Set<string>();
  for (const unit of units) {
    for (const form of [unit.name, ...unit.aliases]) {
      known.add(form);
      if (unit.level !== 'town' && form.length >= 2 && !SUFFIX.test(form)) bare.add(form);
    }
  }
  /** Start and length of each bare form inside a word, in order of start. */
  const formsIn = (word: string): [number, number][] => {
    const found: [number, number][] = [];
    for (let at = 0; at < word.length - 1; at++) {
      for (let end = at + 2; end <= word.length; end++) if (end - at < word.length && bare.has(word.slice(at, end))) found.push([at, end - at]);
    }
    return found;
  };
  const startsWithPlace = (text: string): boolean => {
    for (let length = 2; length < text.length; length++) if (known.has(text.slice(0, length))) return true;
    return false;
  };
  const words = new Set<string>();
  for (const { word, frequency, tag } of dict) {
    if (tag.startsWith('ns') || known.has(word)) continue;
    const phrase = tag === 'i' || tag === 'l';
    for (const [at, length] of formsIn(word)) {
      const after = word.slice(at + length);
      if (SUFFIX_CHAR.test(after) || INSTITUTION.test(after)) continue;
      const before = word.slice(0, at);
      const name = before.length === 1 && after === '' && (BEFORE_PLACE.includes(before) || surnames.includes(before));
      if (!(phrase || (at > 0 && frequency >= LISTED && !name))) continue;
      if (!phrase && startsWithPlace(word)) continue;
      words.add(word);
      break;
    }
  }
  return [...words].sort();
}
