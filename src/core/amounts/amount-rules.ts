import { isAmountKind, type AmountKind } from './amount-kind.js';
import type { QualifierEffect } from './number-phrase.js';

/**
 * When a kind cue applies: always, only in sentences about enforcement, only in others, or only
 * in an article about a topic (kind-topics.tsv), where it replaces the other rows of its word.
 */
export type CueCondition = 'always' | 'enforcement' | 'otherwise' | 'topic';

/**
 * How strongly a cue speaks for the sum: `frame` is an act that makes any sum it governs in its
 * clause its kind, whatever money word follows (骗取工人保证金17万元 is 标的); `name` names what
 * the money is (货款, 供暖费); `generic` is a name that, right after another name, is part of it
 * (费: 增殖放流费用 is the 增殖放流 fee); `weak` is a generic word (欠款, 价值, 每斤) that yields to a name;
 * `act` is a verb done with money (扣划, 给付 in enforcement) that yields to a name and is read
 * only before the sum; `debt` is a verb of paying or owing (支付 outside enforcement, 拖欠) that
 * reads like `act` but gives the kind of the debt the article named before it, its own kind only
 * when none was named.
 */
export type CueRole = 'frame' | 'name' | 'generic' | 'weak' | 'act' | 'debt';

const ROLES: readonly string[] = ['frame', 'name', 'generic', 'weak', 'act', 'debt'];

/** A word that says what kind of money stands near it. */
export interface KindCue {
  /** The word (`饲料款`, `执行到位`). */
  word: string;
  /** The kind it gives. */
  kind: AmountKind;
  /** When it applies. */
  when: CueCondition;
  /** How strongly it speaks for the sum. */
  role: CueRole;
  /** The topic a `topic` cue needs (征收, 家产 …). */
  topic?: string;
}

/** The words foreign currencies are written with (see foreign-currencies.tsv). */
export interface ForeignCurrencies {
  /** Currency words foreign on their own or after a country (卢布, 盾, 铢). */
  units: readonly string[];
  /** Words foreign only right after a country (元, 币, 金). */
  suffixes: readonly string[];
  /** Country and region names, full or short, that come before a unit or a suffix (越南, 日, 港). */
  countries: readonly string[];
}

/** Everything the amount extractor knows about words, read from `src/data/amounts/`. */
export interface AmountRules {
  /** Kind cues (kind-cues.tsv; `<good>款` → 货款 for every word of goods.txt; `每<unit>` and `/<unit>`, weak 货款, for every unit of goods-units.txt). */
  kindCues: readonly KindCue[];
  /** Topics of an article, each with the words that show it (kind-topics.tsv). */
  kindTopics: ReadonlyMap<string, readonly string[]>;
  /** Cues that make a number without 元 money when they end right before it (money-cues.tsv). */
  cuesBefore: readonly string[];
  /** Cues that make a number without 元 money when they start right after it. */
  cuesAfter: readonly string[];
  /** Words allowed between a cue and its number (fillers.txt). */
  fillers: readonly string[];
  /** Verbs that make a bare number money when the sentence already named a sum (carry-verbs.txt). */
  carryVerbs: readonly string[];
  /** Words after a bare number that show it counts something else (not-money-after.txt). */
  notMoneyAfter: readonly string[];
  /** Words before a bare number that show it is an identifier (not-money-before.txt). */
  notMoneyBefore: readonly string[];
  /** Words in which 元 is not the currency (yuan-false-friends.txt). */
  yuanFalseFriends: readonly string[];
  /** Qualifiers before the number, by word (qualifiers.tsv). */
  qualifiersBefore: ReadonlyMap<string, QualifierEffect>;
  /** Qualifiers after the number and its unit. */
  qualifiersAfter: ReadonlyMap<string, QualifierEffect>;
  /** Prefixes that make a magnitude vague (数十万, 几万, 上千万). */
  vaguePrefixes: readonly string[];
  /** Words right before 一块/两块 that make 块 a price, not a count of pieces (price-words.txt). */
  priceWords: readonly string[];
  /** Words after `N块` (one comma allowed) that make 块 count pieces then valued or weighed (piece-value-words.txt). */
  pieceValueWords: readonly string[];
  /** Foreign currencies (foreign-currencies.tsv): a number they follow is not a sum in yuan. */
  foreignCurrencies: ForeignCurrencies;
  /** Words that make a sentence one about enforcement (enforcement-words.txt). */
  enforcementWords: readonly string[];
  /** Words that make a sentence one about a mediation or settlement outside enforcement (settlement-words.txt). */
  settlementWords: readonly string[];
  /** Words blanked before cues are looked for, as they hold a cue that is not meant (not-cues.txt). */
  notCues: readonly string[];
}

/** The texts of the rule files, by file name. */
export type AmountRuleFiles = Readonly<Record<(typeof AMOUNT_RULE_FILES)[number], string>>;

/** The files under `src/data/amounts/` the rules are read from. */
export const AMOUNT_RULE_FILES = [
  'kind-cues.tsv',
  'money-cues.tsv',
  'fillers.txt',
  'carry-verbs.txt',
  'not-money-after.txt',
  'not-money-before.txt',
  'yuan-false-friends.txt',
  'qualifiers.tsv',
  'enforcement-words.txt',
  'price-words.txt',
  'settlement-words.txt',
  'not-cues.txt',
  'goods.txt',
  'foreign-currencies.tsv',
  'kind-topics.tsv',
  'goods-units.txt',
  'piece-value-words.txt',
] as const;

const EFFECTS: readonly string[] = ['above', 'about', 'near', 'below'];

/** Data lines of a rule file: comments (`#`) and blank lines dropped, fields split on tabs. */
function rows(file: string, text: string, minFields: number): string[][] {
  return text
    .split(/\r?\n/)
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter(({ line }) => line.length > 0 && !line.startsWith('#'))
    .map(({ line, number }) => {
      const fields = line.split('\t').map((field) => field.trim());
      if (fields.length < minFields || fields.slice(0, minFields).some((f) => f.length === 0)) {
        throw new Error(`${file}:${number}: expected ${minFields} tab-separated fields`);
      }
      return fields;
    });
}

function words(file: string, text: string): string[] {
  return rows(file, text, 1).map((fields) => fields[0] as string);
}

const CONDITIONS: readonly string[] = ['always', 'enforcement', 'otherwise'];

function kindCues(text: string, topics: ReadonlyMap<string, readonly string[]>): KindCue[] {
  return rows('kind-cues.tsv', text, 2).map(([word, kind, when = '', role = ''], i) => {
    if (!isAmountKind(kind as string)) throw new Error(`kind-cues.tsv: row ${i + 1}: unknown kind ${kind}`);
    if (when !== '' && !CONDITIONS.includes(when) && !topics.has(when)) throw new Error(`kind-cues.tsv: row ${i + 1}: unknown condition ${when}`);
    if (role !== '' && !ROLES.includes(role)) throw new Error(`kind-cues.tsv: row ${i + 1}: unknown role ${role}`);
    const cue: KindCue = { word: word as string, kind: kind as AmountKind, when: when === '' ? 'always' : topics.has(when) ? 'topic' : (when as CueCondition), role: role === '' ? 'name' : (role as CueRole) };
    return topics.has(when) ? { ...cue, topic: when } : cue;
  });
}

function kindTopics(text: string): Map<string, string[]> {
  const topics = new Map<string, string[]>();
  for (const [topic, word] of rows('kind-topics.tsv', text, 2)) topics.set(topic as string, [...(topics.get(topic as string) ?? []), word as string]);
  return topics;
}

const CURRENCY_FORMS = ['unit', 'suffix', 'country'];

function foreignCurrencies(text: string): ForeignCurrencies {
  const table = rows('foreign-currencies.tsv', text, 2);
  for (const [word, form] of table) {
    if (!CURRENCY_FORMS.includes(form as string)) throw new Error(`foreign-currencies.tsv: bad form ${form} for ${word}`);
  }
  const of = (form: string): string[] => table.filter(([, f]) => f === form).map(([word]) => word as string);
  return { units: of('unit'), suffixes: of('suffix'), countries: of('country') };
}

/** Parses the rule files; throws naming the file and line of a malformed row. */
export function parseAmountRules(files: AmountRuleFiles): AmountRules {
  const cues = rows('money-cues.tsv', files['money-cues.tsv'], 2);
  const qualifiers = rows('qualifiers.tsv', files['qualifiers.tsv'], 3);
  const before = new Map<string, QualifierEffect>();
  const after = new Map<string, QualifierEffect>();
  const vague: string[] = [];
  for (const [word, position, effect] of qualifiers) {
    if (position === 'vague') vague.push(word as string);
    else if ((position === 'before' || position === 'after') && EFFECTS.includes(effect as string)) {
      (position === 'before' ? before : after).set(word as string, effect as QualifierEffect);
    } else throw new Error(`qualifiers.tsv: bad row ${word} ${position} ${effect}`);
  }
  for (const [word, where] of cues) {
    if (where !== 'before' && where !== 'after' && where !== 'both') throw new Error(`money-cues.tsv: bad position ${where} for ${word}`);
  }
  const topics = kindTopics(files['kind-topics.tsv']);
  const goods = words('goods.txt', files['goods.txt']).map((good): KindCue => ({ word: `${good}款`, kind: '货款', when: 'always', role: 'name' }));
  const unitPrices = words('goods-units.txt', files['goods-units.txt']).flatMap((unit): KindCue[] =>
    [`每${unit}`, `/${unit}`].map((word) => ({ word, kind: '货款', when: 'always', role: 'weak' })),
  );
  return {
    kindCues: [...kindCues(files['kind-cues.tsv'], topics), ...goods, ...unitPrices],
    kindTopics: topics,
    cuesBefore: cues.filter(([, where]) => where !== 'after').map(([word]) => word as string),
    cuesAfter: cues.filter(([, where]) => where !== 'before').map(([word]) => word as string),
    fillers: words('fillers.txt', files['fillers.txt']),
    carryVerbs: words('carry-verbs.txt', files['carry-verbs.txt']),
    notMoneyAfter: words('not-money-after.txt', files['not-money-after.txt']),
    notMoneyBefore: words('not-money-before.txt', files['not-money-before.txt']),
    yuanFalseFriends: words('yuan-false-friends.txt', files['yuan-false-friends.txt']),
    qualifiersBefore: before,
    qualifiersAfter: after,
    vaguePrefixes: vague,
    foreignCurrencies: foreignCurrencies(files['foreign-currencies.tsv']),
    enforcementWords: words('enforcement-words.txt', files['enforcement-words.txt']),
    priceWords: words('price-words.txt', files['price-words.txt']),
    pieceValueWords: words('piece-value-words.txt', files['piece-value-words.txt']),
    settlementWords: words('settlement-words.txt', files['settlement-words.txt']),
    notCues: words('not-cues.txt', files['not-cues.txt']),
  };
}
