// The shapes of a page's lines that the layout reads: widths, bylines and datelines alone,
// sub-headings, notices' titles and column names.
import { isBlank, type Line } from '../lines.js';
import { matchTrailingByline } from './byline.js';
import { matchDateline } from './dateline.js';
import { isPageFurniture } from './furniture.js';
import { isHeadlineLine, isMarkedSubheading } from './headline.js';

/** True for a line holding nothing but a byline. */
export function isBylineOnly(line: Line): boolean {
  return matchTrailingByline(line.text)?.index === 0;
}

/** True for a line opening with a dateline. */
export function startsArticle(line: Line): boolean {
  return matchDateline(line.text) !== null;
}

/** A comma, which a headline line rarely holds. */
export const COMMA = /[，,]/;
/** A headline's subtitle opens with a dash. */
export const SUBTITLE = /^(?:——|—|--)/;
/** Two headline halves side by side; body text never has a space between hanzi. */
export const HALVES = /[\u3400-\u9fff”’」』][ \u3000]+[\u3400-\u9fff“‘「『]/;

/** Display width of a line in hanzi: ASCII counts half. */
export function width(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) < 0x100 ? 0.5 : 1;
  return w;
}

/** The width body lines wrap at: the 90th percentile of the page's line widths. */
export function wrapWidth(lines: readonly Line[]): number {
  const widths = lines.filter((line) => !isBlank(line)).map((line) => width(line.text)).sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.9)] ?? 0;
}

/** Index of the first non-blank line from `from`, or -1. */
export function nextNonBlank(lines: readonly Line[], from: number): number {
  for (let j = from; j < lines.length; j++) if (!isBlank(lines[j] as Line)) return j;
  return -1;
}

// The text after a blank line goes on with a cut sentence: it opens with punctuation, with one
// character and then punctuation (`执行理` / blank / `念，以…`), or with 等, which opens no sentence
// (`服务质量` / blank / `等因素，`).
const CONTINUATION = /^(?:[\u3400-\u9fff]?[，,、；;：:。）)”’」』》]|等)/;

/** True when `text` leaves a quote or bracket open (`开展“冬季`): a sentence the layout cut. */
export function leavesOpen(text: string): boolean {
  const count = (re: RegExp): number => text.match(re)?.length ?? 0;
  return count(/[“‘「『《（(]/g) > count(/[”’」』》）)]/g);
}

/**
 * True when `lines[i]`, standing at a paragraph start, is a whole sub-heading line: no comma, and
 * either marked or numbered (`02 一套房子`, `■砍一棵 补十棵`) and not filling the line, or a short
 * headline-like line with a blank line after it whose next text does not continue it (a
 * full-width line there, or one the next text continues, is a sentence the blank cut).
 */
export function isSubheading(lines: readonly Line[], i: number, wrap: number): boolean {
  const line = lines[i] as Line;
  if (COMMA.test(line.text) || width(line.text) >= wrap - 1 || leavesOpen(line.text)) return false;
  // A bracketed label with text after it (【法官说法】这类案件…) opens a paragraph; it is no heading.
  if (/^【[^】]*】./.test(line.text)) return false;
  if (isMarkedSubheading(line.text)) return true;
  if (!isHeadlineLine(line.text)) return false;
  const next = lines[i + 1];
  if (next !== undefined && !isBlank(next)) return false;
  const after = nextNonBlank(lines, i + 1);
  return after === -1 || !CONTINUATION.test((lines[after] as Line).text);
}

// The title of a notice a court publishes (悬赏公告, 执行公告, 公告, 限期履行通知).
const NOTICE_TITLE = /^[\u3400-\u9fff]{0,8}(?:公告|通告|公示|启事|声明|通知书?|倡议书)$/;

/** True for a notice's title, spaces aside (`悬　赏　公　告`, `执行公告`). */
export function isNoticeTitle(line: Line): boolean {
  return NOTICE_TITLE.test(line.text.replace(/[\s\u3000]+/g, ''));
}

// A column name is short and one piece (六一特别策划, 破产审判, 法官信箱·以案说法).
const MAX_COLUMN_NAME = 10;

/**
 * True when `lines[i]` names the page's column: a short line right under the page's furniture
 * (`2025年3月14日 星期五`), set off by a blank line from a headline that follows. Left as a
 * headline it would compete with the real one, and its words are often in the story too.
 */
export function isColumnName(lines: readonly Line[], i: number): boolean {
  const line = lines[i] as Line;
  const above = lines[i - 1];
  if (!above || !isPageFurniture(above.text) || /\s/.test(line.text) || [...line.text].length > MAX_COLUMN_NAME || !isHeadlineLine(line.text)) return false;
  const next = lines[i + 1];
  if (!next || !isBlank(next)) return false;
  const after = nextNonBlank(lines, i + 1);
  return after !== -1 && isHeadlineLine((lines[after] as Line).text) && matchDateline((lines[after] as Line).text) === null;
}
