import type { ChargeFile } from './tables.js';

/** Verbs of a joined charge are two characters (走私, 贩卖); the first may carry 非法 before it. */
const VERB_CHARS = 2;
const SHARED_PREFIX = '非法';

/** Every ordered, non-empty choice of items, the full list excluded (it is the name itself). */
function subLists(items: readonly string[]): string[][] {
  const lists: string[][] = [];
  for (let mask = 1; mask < (1 << items.length) - 1; mask++) lists.push(items.filter((_, i) => (mask >> i) & 1));
  return lists;
}

/**
 * Readings of a charge whose acts are joined before one object (走私、贩卖、运输、制造毒品罪): each
 * act, or several of them, with the object (贩卖毒品罪, 贩卖、运输毒品罪). Only when every act but the
 * last is a bare two-character verb, so the last item's first two characters are its verb too.
 */
function actReadings(items: readonly string[]): string[] {
  const first = items[0] as string;
  const prefix = first.length > VERB_CHARS && isBareAct(first) ? SHARED_PREFIX : '';
  const verbs = [first.slice(prefix.length), ...items.slice(1, -1)];
  const last = items[items.length - 1] as string;
  if (verbs.some((verb) => verb.length !== VERB_CHARS) || last.length < VERB_CHARS) return [];
  const object = last.slice(VERB_CHARS);
  return subLists([...verbs, last.slice(0, VERB_CHARS)]).map((chosen) => `${prefix}${chosen.join('、')}${object}罪`);
}

/** Whether an item is a bare act: a two-character verb, possibly after 非法 (非法制造). */
function isBareAct(item: string): boolean {
  return item.length === VERB_CHARS || (item.length === SHARED_PREFIX.length + VERB_CHARS && item.startsWith(SHARED_PREFIX));
}

/**
 * The reading of a charge whose objects are joined after one act (走私普通货物、物品罪, 拐卖妇女、
 * 儿童罪): the first item, which holds the act and its first object (走私普通货物罪). Only when the
 * first item is no bare act and every later item is no longer than an object after a verb, so
 * 国有公司、企业、事业单位人员失职罪 (nouns before the act) and 非法出售、提供试题、答案罪 (acts
 * before the objects) give nothing.
 */
function objectReading(items: readonly string[]): string[] {
  const [first = '', ...rest] = items;
  if (isBareAct(first) || first.length < 2 * VERB_CHARS) return [];
  return rest.every((item) => item.length <= first.length - VERB_CHARS) ? [`${first}罪`] : [];
}

/**
 * Single-act readings of the current charges whose official name joins several acts or objects
 * with 、: news names the one the defendant committed (以贩卖毒品罪判处, 犯走私普通货物罪), which is
 * the joined charge. Returns reading → charge name. A reading two charges give is left out, and so
 * is one that is itself a charge name, current or former: the real name wins.
 */
export function joinedChargeReadings(file: ChargeFile): Map<string, string> {
  const taken = new Set(file.charges.map((charge) => charge.name));
  const readings = new Map<string, string | null>();
  for (const charge of file.charges) {
    if (charge.status !== 'current' || !charge.name.includes('、')) continue;
    const items = charge.name.slice(0, -1).split('、');
    for (const reading of new Set([...actReadings(items), ...objectReading(items)])) {
      if (taken.has(reading)) continue;
      readings.set(reading, readings.has(reading) ? null : charge.name);
    }
  }
  return new Map([...readings].filter((pair): pair is [string, string] => pair[1] !== null));
}
