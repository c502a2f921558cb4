import { wordAt } from '../word-lists.js';
import { wordsStart } from './boundaries.js';
import type { Candidate } from './candidate.js';
import { namesRelation } from './cause-clause.js';
import { longestFrom, longestUntil, type LexEntry } from './lexicon.js';
import { anchorAt, type ListAnchor } from './list-anchors.js';
import type { DisputeModel } from './model.js';
import { readWords, type ReadOptions, type WordsReading } from './read-words.js';
import { chooseStem } from './stem-choice.js';
import { isHan } from './text.js';

/** How an item of a list was read. */
type ItemKind = 'name' | WordsReading['kind'] | 'unknown';

interface Item {
  start: number;
  end: number;
  /** What it names; null for an item that names nothing. */
  entry: LexEntry | null;
  kind: ItemKind;
  /** True when the item's own words were judged (a rule, a rewrite, words before its stem). */
  mapped: boolean;
  /** True when an item that names nothing is delimited well enough to be reported. */
  reportable: boolean;
  /** True for a weak stem (物业服务), which needs a case head after the list. */
  weak?: boolean;
  /** True for an item naming nothing whose ending makes it a legal relation (草场界线). */
  relation?: boolean;
}

interface Segment {
  start: number;
  end: number;
}

/** Clauses: runs of Han characters and list separators, of two segments or more. */
function clauses(text: string, separators: readonly string[]): Segment[][] {
  const result: Segment[][] = [];
  let segments: Segment[] = [];
  let start = 0;
  const close = (end: number): void => {
    if (end > start) segments.push({ start, end });
    if (segments.length > 1) result.push(segments);
    segments = [];
  };
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch !== undefined && separators.includes(ch)) {
      segments.push({ start, end: i });
      start = i + 1;
    } else if (!isHan(ch)) {
      close(i);
      start = i + 1;
    }
  }
  return result;
}

/**
 * The item ending at `end`, read from `floor` or the last boundary word after it: a name or stem
 * (买卖合同纠纷, 婚约财产), else the words by the unlisted rules or the stem they end in. A first item
 * has no separator before it, so its start is a guess: a stem there is taken alone and unmapped
 * (该院受理的案件以民间借贷 → 民间借贷), and words naming nothing are reported only after a boundary word.
 */
function itemEnding(text: string, floor: number, end: number, first: boolean, options: ReadOptions, model: DisputeModel): Item {
  const bound = wordsStart(text, end, model, floor);
  const words = text.slice(bound.start, end);
  const delimited = (!first || bound.delimited) && words.length <= model.phrasing.maxPhraseChars;
  const prefixed = !first && delimited;
  const name = longestUntil(model.names, text, end, bound.start);
  if (name && (!options.strict || name[0].family === options.family)) {
    const whole = end - name[1] === bound.start || !prefixed;
    return { start: whole ? end - name[1] : bound.start, end, entry: name[0], kind: whole ? 'name' : 'tail', mapped: !whole, reportable: true };
  }
  const reading = readWords(words, model, { ...options, weak: true });
  if (reading) {
    const mapped = reading.kind === 'rule' || reading.kind === 'rewrite' || (reading.kind === 'tail' && prefixed);
    const start = reading.kind === 'tail' && prefixed ? bound.start : bound.start + reading.start;
    return { start, end, entry: reading.entry, kind: mapped ? reading.kind : 'whole', mapped, reportable: true, weak: reading.weak };
  }
  return { start: bound.start, end, entry: null, kind: 'unknown', mapped: false, reportable: delimited && words.length >= 2, relation: namesRelation(words, model) };
}

/** The names and stems opening the last segment, joined by 和/及 (`租赁合同和建设工程施工合同纠纷`). */
function leadingItems(text: string, segment: Segment, prefer: ReadOptions, model: DisputeModel): Item[] {
  const items: Item[] = [];
  for (let start = segment.start; start < segment.end; ) {
    const name = longestFrom(model.names, text, start, segment.end);
    const strong = longestFrom(model.stems, text, start, segment.end);
    const stem = strong ?? longestFrom(model.weakStems, text, start, segment.end);
    const entry = stem ? chooseStem(stem[0], prefer.family) : undefined;
    if (name && (!stem || name[1] >= stem[1])) items.push({ start, end: start + name[1], entry: name[0], kind: 'name', mapped: false, reportable: true });
    else if (stem && entry) items.push({ start, end: start + stem[1], entry, kind: 'whole', mapped: false, reportable: true, weak: !strong });
    else break;
    const end = (items[items.length - 1] as Item).end;
    const joiner = wordAt(text, end, model.phrasing.listJoiners);
    if (!joiner) break;
    start = end + joiner.length;
  }
  return items;
}

/** A reading of a list's last item(s) and what follows them. */
interface Tail {
  items: Item[];
  anchor: ListAnchor | undefined;
}

/**
 * The readings of the last item(s) of a list, best first: the names and stems opening the last
 * segment, else each end followed by a closing word, nearest first (草场 + 纠纷, then 草场纠纷 + 等案件:
 * when the first makes no list, the next may).
 */
function* lastItems(text: string, segment: Segment, model: DisputeModel): Generator<Tail> {
  const known = leadingItems(text, segment, {}, model);
  const tail = known[known.length - 1];
  const anchor = tail ? anchorAt(text, tail.end, model) : undefined;
  if (tail && (anchor || tail.kind === 'name')) {
    const options: ReadOptions = anchor?.criminal ? { family: 'criminal' } : {};
    yield { items: options.family ? leadingItems(text, segment, options, model) : known, anchor };
    return;
  }
  const limit = Math.min(segment.end, segment.start + model.phrasing.maxPhraseChars);
  for (let end = segment.start + 2; end <= limit; end++) {
    const found = anchorAt(text, end, model);
    if (!found) continue;
    const options: ReadOptions = found.criminal ? { family: 'criminal', strict: true } : {};
    yield { items: [itemEnding(text, segment.start, end, false, options, model)], anchor: found };
  }
}

/** True when a list of these items, closed by this anchor, is a list of case types. */
function accepted(items: readonly Item[], anchor: ListAnchor | undefined): boolean {
  if (items.length < 2) return false;
  const [first, ...rest] = items as [Item, ...Item[]];
  const last = items[items.length - 1] as Item;
  if (!anchor) return first.kind !== 'unknown' && !first.mapped && rest.every((item) => item.kind === 'whole' || item.kind === 'name') && last.kind === 'name';
  if (anchor.strength === 'weak') return items.every((item) => (item.kind === 'whole' && !item.weak) || item.kind === 'name');
  if (anchor.strength === 'bare') return items.every((item) => item.kind !== 'unknown');
  const known = items.filter((item) => item.kind !== 'unknown').length;
  // Under 等犯罪 every stem is a crime and items naming nothing are never reported.
  if (anchor.criminal) return known >= 1;
  // An item naming a legal relation (草场界线) is a case too, though no cause: with one item that
  // names a type it makes a list of cases, not of topics.
  const relations = items.filter((item) => item.kind === 'unknown' && item.relation === true && item.reportable).length;
  return known >= 1 && (known + relations) * 2 > items.length;
}

function toCandidate(item: Item, criminal: boolean): Candidate | undefined {
  const base = { start: item.start, end: item.end, via: 'list', mapped: item.mapped } as const;
  if (item.entry) return { ...base, node: item.entry.node, family: item.entry.family, generic: item.entry.kind === 'generic' };
  return item.reportable && !criminal ? { ...base, node: null, family: 'civil', generic: false } : undefined;
}

/**
 * The last item of a list spanning its head when the head is an umbrella word after a filler
 * (婚约财产、离婚、抚养等家事案件; …、生态破坏责任纠纷等民事案件): the head only says what family the
 * items belong to, so it gives no mention of its own.
 */
function withUmbrellaHead(text: string, last: Candidate, anchor: ListAnchor | undefined, model: DisputeModel): Candidate {
  if (anchor?.strength !== 'case' || anchor.headEnd === undefined) return last;
  const head = longestUntil(model.names, text, anchor.headEnd, last.end);
  return head?.[0].kind === 'generic' ? { ...last, end: anchor.headEnd } : last;
}

/**
 * Items in lists: `民间借贷、买卖合同、物业服务合同等案件`, `盗窃、诈骗、危险驾驶等犯罪`,
 * `侵害商标权、侵害作品信息网络传播权和商业诋毁纠纷`, `物业服务、民间借贷、买卖合同类案件` (a civil name
 * may drop its 合同 or 责任 in a list). A list closed by a case head (等纠纷, 类案件, 等犯罪) or by
 * 等多种类型 may hold items that are no stem: they are mapped by the unlisted rules (草场承包、牲畜买卖等
 * 纠纷), read by the stem they end in (老年人赡养 → 赡养纠纷), or reported with no cause (以房养老),
 * as long as more than half the items name a type or a legal relation (草场界线), one at least a
 * type (one crime under 等犯罪). A case head alone
 * (…和抚养费纠纷) needs every item to name a type, a bare 等/类 every item to be a stem or name, and
 * a list with no closing word must end in a full name, so "学习、继承、发扬" or "赡养、抚养义务" give
 * nothing. Leading items that fail are dropped and the rest is tried again. An umbrella word closing
 * the list (等民事案件) is its head, not a mention.
 */
export function scanLists(text: string, model: DisputeModel): Candidate[] {
  const found: Candidate[] = [];
  for (const segments of clauses(text, model.phrasing.listSeparators)) {
    const lastSegment = segments[segments.length - 1] as Segment;
    const middle = segments.slice(0, -1);
    for (const { items: last, anchor } of lastItems(text, lastSegment, model)) {
      const list = acceptedList(text, middle, last, anchor, model);
      if (!list) continue;
      for (const item of list) {
        const candidate = toCandidate(item, anchor?.criminal ?? false);
        if (candidate) found.push(item === list[list.length - 1] ? withUmbrellaHead(text, candidate, anchor, model) : candidate);
      }
      break;
    }
  }
  return found;
}

/** The items of the list that ends in `last`, its leading items that fail dropped, if any is accepted. */
function acceptedList(text: string, middle: readonly Segment[], last: Item[], anchor: ListAnchor | undefined, model: DisputeModel): Item[] | undefined {
  const options: ReadOptions = anchor?.criminal ? { family: 'criminal', strict: true } : {};
  // Each segment read as an item after a separator; the list's first item is read again as a first.
  const inner = middle.map((segment) => itemEnding(text, segment.start, segment.end, false, options, model));
  // An item whose words start after a boundary word of its own segment (…等地巡回审理草场承包)
  // opens the list: the segments before it belong to another clause (呼和诺尔、西乌珠尔苏木等地).
  let from = 0;
  inner.forEach((item, j) => {
    if (j > 0 && item.start > (middle[j] as Segment).start) from = j;
  });
  for (let s = from; s < middle.length; s++) {
    const first = middle[s] as Segment;
    const items = [itemEnding(text, first.start, first.end, true, options, model), ...inner.slice(s + 1), ...last];
    if (accepted(items, anchor)) return items;
  }
  return undefined;
}
