import { parseByline } from './byline.js';

/** A dateline opening an article: `科布尔讯`, `本报讯（记者 X）` (or a newsletter's `本刊讯`), `本报河北12月4日讯`, `新华社北京3月24日电`. */
export interface DatelineMatch {
  /** The place as written (`科布尔`), or null for `本报讯` / `新华社电`. */
  place: string | null;
  /** Index of the place within the line text, or -1. */
  placeIndex: number;
  /** Month given by the dateline, if any. */
  month: number | null;
  /** Day of month given by the dateline, if any. */
  day: number | null;
  /** Byline carried by the dateline (`本报讯（记者 闫利民）` → `闫利民`), if any. */
  byline: string | null;
  /** Code units of the line the dateline occupies, trailing space included. */
  length: number;
}

const HAN = '\\u3400-\\u9fff';
const AGENCIES = '新华社|中新社|中新网|中国新闻网|人民网|新华网|央视网|央视新闻|法制网|法治网|光明网|澎湃新闻|环球网|人民日报|法治日报|检察日报|工人日报';
const DATE = '(?:(\\d{1,2})月(\\d{1,2})日)?';
const CREDIT = '(?:\\s*[（(]([^（）()]{1,40})[）)])?';

const NEWSPAPER = new RegExp(`^本(?:报|刊)(?:([${HAN}]{2,8}?)${DATE})?(讯|电)${CREDIT}`);
const AGENCY = new RegExp(`^(?:${AGENCIES})(?:([${HAN}]{2,8}?)${DATE})?电${CREDIT}`);
const PLACE = new RegExp(`^([${HAN}]{2,8}?)${DATE}讯${CREDIT}(?=[\\s\\u3000${HAN}“"（(]|$)`);

// Words ending in 讯 that open ordinary sentences: 通讯员, 闻讯赶来, 喜讯传来, 审讯 … A place may
// end in the same character (南通讯, 大通讯), so these words rule a dateline out only when the text
// runs straight on after 讯; a real dateline is followed by a space or a credit in brackets.
const WORD_BEFORE_XUN = /[通资喜快简审传电音短死噩凶来闻问提受捷佳]$/;
const SET_OFF = /^[\s\u3000（(]/;
const NOT_A_PLACE = /^(?:本报|本刊|记者|通讯|新华|据悉|今日|日前|近日|昨日|为此)/;

function number(text: string | undefined): number | null {
  return text === undefined ? null : Number(text);
}

function build(match: RegExpExecArray, placeGroup: number, dateGroup: number, creditGroup: number): DatelineMatch {
  const place = match[placeGroup] ?? null;
  const credit = match[creditGroup];
  let length = match[0].length;
  const input = match.input;
  while (length < input.length && /[\s\u3000]/.test(input[length] as string)) length++;
  return {
    place,
    placeIndex: place === null ? -1 : match[0].indexOf(place),
    month: number(match[dateGroup]),
    day: number(match[dateGroup + 1]),
    byline: credit === undefined ? null : parseByline(credit),
    length,
  };
}

/** Matches a dateline at the start of a trimmed line, or returns null. */
export function matchDateline(line: string): DatelineMatch | null {
  const paper = NEWSPAPER.exec(line);
  if (paper) return build(paper, 1, 2, 5);
  const agency = AGENCY.exec(line);
  if (agency) return build(agency, 1, 2, 4);
  const place = PLACE.exec(line);
  if (!place || NOT_A_PLACE.test(place[1] as string)) return null;
  if (WORD_BEFORE_XUN.test(place[1] as string) && !SET_OFF.test(line.slice(place[0].length))) return null;
  return build(place, 1, 2, 4);
  return null;
}
