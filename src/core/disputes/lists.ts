import type { Candidate } from './candidate.js';
import { longestFrom, longestUntil, type LexEntry } from './lexicon.js';
import type { DisputeModel } from './model.js';
import { chooseStem } from './stem-choice.js';
import { isHan, wordAt } from './text.js';
import type { DisputeFamily } from './taxonomy.js';

interface Item {
  start: number;
  end: number;
  entries: readonly LexEntry[];
  /** True for a full name (买卖合同纠纷), which needs no anchor after it. */
  full: boolean;
}

interface Segment {
  start: number;
  end: number;
}

function pick(a: Item | undefined, b: Item | undefined): Item | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.end - b.start > a.end - a.start ? b : a;
}

function nameItem(match: [LexEntry, number] | undefined, at: (length: number) => number): Item | undefined {
  if (!match) return undefined;
  const start = at(match[1]);
  return { start, end: start + match[1], entries: [match[0]], full: true };
}

function stemItem(match: [LexEntry[], number] | undefined, at: (length: number) => number): Item | undefined {
  if (!match) return undefined;
  const start = at(match[1]);
  return { start, end: start + match[1], entries: match[0], full: false };
}

/** The longest name or stem ending a segment. */
function itemEnding(text: string, segment: Segment, model: DisputeModel): Item | undefined {
  const at = (length: number): number => segment.end - length;
  return pick(nameItem(longestUntil(model.names, text, segment.end, segment.start), at), stemItem(longestUntil(model.stems, text, segment.end, segment.start), at));
}

/** The longest name or stem opening text at `start`. */
function itemStarting(text: string, start: number, end: number, model: DisputeModel): Item | undefined {
  const at = (): number => start;
  return pick(nameItem(longestFrom(model.names, text, start, end), at), stemItem(longestFrom(model.stems, text, start, end), at));
}

/** A segment that is one name or stem and nothing else. */
function wholeItem(text: string, segment: Segment, model: DisputeModel): Item | undefined {
  const item = itemEnding(text, segment, model);
  return item && item.start === segment.start ? item : undefined;
}

/** Clauses: runs of Han characters and list separators. */
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

function anchorFamily(anchor: string): DisputeFamily | undefined {
  return anchor.endsWith('罪') ? 'criminal' : undefined;
}

/**
 * Bare stems in lists: `民间借贷、买卖合同、物业服务合同等案件`, `盗窃、诈骗、危险驾驶等犯罪`,
 * `侵害商标权、侵害作品信息网络传播权和商业诋毁纠纷`. Every item between separators must be a stem or
 * name, and the last must end in a name or be followed by an anchor (等, 类, 纠纷, 案件, 犯罪 …), so
 * "学习、继承、发扬" or "赡养、抚养义务" give nothing.
 */
export function scanLists(text: string, model: DisputeModel): Candidate[] {
  const found: Candidate[] = [];
  const { listSeparators, listJoiners, listAnchors } = model.phrasing;
  for (const segments of clauses(text, listSeparators)) {
    let items: Item[] = [];
    segments.forEach((segment, i) => {
      const last = i === segments.length - 1;
      if (items.length > 0 && !last) {
        const whole = wholeItem(text, segment, model);
        if (whole) {
          items.push(whole);
          return;
        }
      }
      if (!last) {
        const first = itemEnding(text, segment, model);
        items = first ? [first] : [];
        return;
      }
      if (items.length === 0) return;
      let item = itemStarting(text, segment.start, segment.end, model);
      while (item) {
        items.push(item);
        const joiner = wordAt(text, item.end, listJoiners);
        item = joiner ? itemStarting(text, item.end + joiner.length, segment.end, model) : undefined;
      }
      const tail = items[items.length - 1] as Item;
      const anchor = wordAt(text, tail.end, listAnchors);
      if (items.length < 2 || !(tail.full || anchor)) return;
      const prefer = anchor ? anchorFamily(anchor) : undefined;
      for (const listed of items) {
        const entry = chooseStem(listed.entries, prefer);
        if (!entry) continue;
        found.push({ start: listed.start, end: listed.end, node: entry.node, family: entry.family, generic: entry.kind === 'generic', via: 'list', mapped: false });
      }
    });
  }
  return found;
}
