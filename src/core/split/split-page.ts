import { isBlank, splitLines, type Line } from '../lines.js';
import { closesSentence, type LineRange } from '../normalise.js';
import type { Span } from '../span.js';
import { matchAuthorLine, matchMarkedByline, matchTrailingByline, type BylineMatch } from './byline.js';
import { matchDateline, type DatelineMatch } from './dateline.js';
import { isPageFurniture } from './furniture.js';
import { isHeadlineLine, joinHeadline, MAX_HEADLINE_LINES } from './headline.js';
import { COMMA, HALVES, isBylineOnly, isColumnName, isNoticeTitle, isSubheading, nextNonBlank, startsArticle, SUBTITLE, width, wrapWidth } from './line-shapes.js';
import { signatureLength } from './signature.js';

/** An article as the page's line structure shows it, before its body is normalised. */
export interface PageArticle {
  /** The dateline opening it, if any. */
  dateline: DatelineMatch | null;
  /** Source offset of the dateline line's text, or -1. */
  datelineAt: number;
  /** Byline from the dateline credit and/or a closing bracket, or null. */
  byline: string | null;
  /** Body lines, dateline and byline cut off. */
  body: LineRange[];
  /** Source span from the dateline or first body line to the end of the byline or body. */
  span: Span;
}

/** A headline found on the page, with the articles (indexes into the page's list) it stands next to. */
export interface PageHeadline {
  /** Text, line halves joined by one space. */
  text: string;
  /** Source span from its first line to its last. */
  span: Span;
  /** Index of the article directly after it, or -1. */
  before: number;
  /** Index of the article directly before it, or -1. */
  after: number;
}

/** A page cut into articles and the headlines standing between them. */
export interface PageLayout {
  /** Articles in page order. */
  articles: PageArticle[];
  /** Headlines in page order, not yet assigned to articles. */
  headlines: PageHeadline[];
}

interface Context {
  /** A blank line, the page start or a byline line precedes. */
  atBreak: boolean;
  /** The text before closes a sentence, a byline or a headline (a new paragraph may start). */
  closed: boolean;
  /** Nothing but blank lines precedes on this page. */
  pageStart: boolean;
  /** An article is open: it has body text and no byline yet. */
  inArticle?: boolean;
}


/** Headlines that may stand one after another before the next article (its own and another's). */
const STACKED_HEADLINES = 12;

/**
 * True when `lines[j]` begins something new: a dateline, or a headline run (of headline-like lines
 * between breaks) that is itself followed by the page end or something new.
 */
function startsNewUnit(lines: readonly Line[], j: number, depth: number): boolean {
  const line = lines[j];
  if (!line) return true;
  if (startsArticle(line)) return true;
  if (depth === 0 || !isHeadlineLine(line.text)) return false;
  let end = j;
  while (end + 1 < lines.length && end - j + 1 < MAX_HEADLINE_LINES && !isBlank(lines[end + 1] as Line) && isHeadlineLine((lines[end + 1] as Line).text)) end++;
  const next = lines[end + 1];
  if (!next) return true;
  if (startsArticle(next)) return true;
  if (!isBlank(next)) return false;
  const after = nextNonBlank(lines, end + 1);
  return after === -1 || startsNewUnit(lines, after, depth - 1);
}

/** Longest plain sub-heading of a long story, in characters (一场邻里风波). */
const MAX_SUBHEADING = 10;

/** Length of the headline starting at `lines[i]`, or 0 when none starts there. */
function headlineLength(lines: readonly Line[], i: number, ctx: Context, wrap: number): number {
  if (!ctx.atBreak || !ctx.closed) return 0;
  let k = 0;
  for (;;) {
    const line = lines[i + k];
    // A marked byline right under a headline names its article's author (`□ 叶小舟`): it ends the block.
    if (line && k > 0 && matchMarkedByline(line.text) !== null) {
      k++;
      break;
    }
    if (!line || isBlank(line) || !isHeadlineLine(line.text) || startsArticle(line) || isBylineOnly(line)) break;
    k++;
    if (k > MAX_HEADLINE_LINES) return 0;
    // A notice's title ends its headline, and the notice runs straight on (`某县人民法院` /
    // `悬　赏　公　告` / `申请执行人…`).
    if (isNoticeTitle(line)) return k;
  }
  if (k === 0) return 0;
  const block = lines.slice(i, i + k);
  const next = lines[i + k];
  if (!next || startsArticle(next)) return k;
  if (isBlank(next)) {
    const after = nextNonBlank(lines, i + k);
    if (after === -1 || startsNewUnit(lines, after, STACKED_HEADLINES)) return k;
    // A single line followed by ordinary text inside an open article: a sub-heading of a long
    // story when it is short or says `topic：point` (彩礼返还：看共同生活时间长短), not the headline
    // of another (those often take two lines, two halves parted by a space, or a whole sentence:
    // 孩子在托管班受伤 谁来担责？; 某法院发布涉中小微企业商事审判白皮书).
    const text = (lines[i] as Line).text;
    if (ctx.inArticle && k === 1 && !HALVES.test(text) && (/[：:]/.test(text) || [...text].length <= MAX_SUBHEADING)) return 0;
    // Followed by ordinary text, which may continue a sentence cut by the blank line: a line with
    // a comma, or one filling the page's width, is then body text.
    // A subtitle opening with a dash (`——在某县人民代表大会上`) may be as wide as the page.
    const body = (line: Line): boolean => COMMA.test(line.text) || (!HALVES.test(line.text) && !SUBTITLE.test(line.text) && width(line.text) >= wrap - 1);
    return block.some(body) ? 0 : k;
  }
  if (!ctx.pageStart) return 0;
  // At the top of a page a headline may run straight into its article's first line; there the
  // headline ends before the first line with a comma, which is body text.
  let top = 0;
  while (top < k && !COMMA.test(block[top]?.text ?? '')) top++;
  return top;
}

/**
 * The dateline opening `lines[i]`, and how many characters of the next line it takes when the
 * layout broke its credit bracket (`本报南宁12月18日讯（记者 黄海燕 通讯` / `员 农丽）近日…`).
 */
function datelineAt(lines: readonly Line[], i: number): { dateline: DatelineMatch; carried: number } | null {
  const line = lines[i] as Line;
  const alone = matchDateline(line.text);
  const next = lines[i + 1];
  const open = /[（(][^（）()]*$/.test(line.text);
  if (open && next && !isBlank(next) && (!alone || alone.byline === null)) {
    // Spaces the line ended with part two names (`记者 古丽米拉·艾力 ` / `通讯员 王建疆）`).
    const gap = line.textStart + line.text.length < line.end ? ' ' : '';
    const joined = matchDateline(line.text + gap + next.text);
    const reach = line.text.length + gap.length;
    if (joined && joined.length > reach) return { dateline: joined, carried: joined.length - reach };
  }
  return alone ? { dateline: alone, carried: 0 } : null;
}

/**
 * A byline the layout broke over two lines (`…结果。（张` then `立新）`): matched on the two lines
 * joined, when the first ends inside an open bracket and the second is only the rest of it.
 */
function wrappedByline(lines: readonly Line[], i: number): BylineMatch | null {
  const line = lines[i] as Line;
  const next = lines[i + 1];
  if (!next || !/[（(][^（）()]{0,12}$/.test(line.text) || !/^[^（）()]{1,12}[）)]$/.test(next.text)) return null;
  const match = matchTrailingByline(line.text + next.text);
  return match && match.index < line.text.length ? match : null;
}

class Draft {
  readonly body: LineRange[] = [];
  byline: string | null;
  end: number;

  constructor(
    readonly dateline: DatelineMatch | null,
    readonly datelineAt: number,
    readonly start: number,
  ) {
    this.byline = dateline?.byline ?? null;
    this.end = start;
  }

  /** Takes the author named under the headline as the byline, unless the dateline gave one. */
  takeAuthor(author: string | null): void {
    if (author !== null && this.byline === null) this.byline = author;
  }

  addByline(byline: string, end: number): void {
    this.byline = this.byline && this.byline !== byline ? `${this.byline} ${byline}` : byline;
    this.end = end;
  }

  toArticle(): PageArticle {
    return { dateline: this.dateline, datelineAt: this.datelineAt, byline: this.byline, body: this.body, span: { start: this.start, end: this.end } };
  }
}

/**
 * Reads the line structure of `source[from, to)`: datelines open articles, bylines close them,
 * headlines (short unpunctuated lines between breaks) stand between them. Everything else is body.
 */
export function layoutPage(source: string, from: number, to: number): PageLayout {
  // Page furniture belongs to no article: it reads as a blank line.
  const raw = splitLines(source, from, to);
  const lines = raw.map((line, i) => (isPageFurniture(line.text) || isColumnName(raw, i) ? { ...line, text: '' } : line));
  const articles: PageArticle[] = [];
  // `signed`: the headline names its author under it, so it heads the article after it.
  const found: { text: string; span: Span; piece: number; signed: boolean }[] = [];
  const pieces: ('article' | 'headline')[] = [];
  let current: Draft | null = null;
  // A byline read under a headline, for the article that follows it.
  let pendingByline: string | null = null;
  const close = (): void => {
    if (current && (current.body.length > 0 || current.dateline)) {
      articles.push(current.toArticle());
      pieces.push('article');
    }
    current = null;
  };
  const wrap = wrapWidth(lines);
  let ctx: Context = { atBreak: true, closed: true, pageStart: true };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (isBlank(line)) {
      ctx = { ...ctx, atBreak: true };
      continue;
    }
    const open = current !== null && (current as Draft).body.length > 0;
    // A notice's signature (its issuer, then the date) ends the open article and belongs to it.
    const signed = open && ctx.closed ? signatureLength(source, lines, i) : 0;
    if (signed > 0) {
      const draft = current as Draft;
      for (const part of lines.slice(i, i + signed)) draft.body.push({ start: part.textStart, end: part.end, endsParagraph: true });
      draft.end = (lines[i + signed - 1] as Line).end;
      close();
      ctx = { atBreak: true, closed: true, pageStart: false };
      i += signed - 1;
      continue;
    }
    const k = headlineLength(lines, i, { ...ctx, inArticle: open }, wrap);
    if (k > 0) {
      close();
      // The author of a report or signed article may stand under its headline: the article's byline.
      const lastText = (lines[i + k - 1] as Line).text;
      const author = k > 1 ? (matchAuthorLine(lastText) ?? matchMarkedByline(lastText)) : null;
      const block = lines.slice(i, author === null ? i + k : i + k - 1);
      const last = block[block.length - 1] as Line;
      pendingByline = author;
      found.push({ text: joinHeadline(block.map((l) => l.text)), span: { start: line.textStart, end: last.end }, piece: pieces.length, signed: author !== null });
      pieces.push('headline');
      ctx = { atBreak: false, closed: true, pageStart: false };
      i += k - 1;
      continue;
    }
    const opening = ctx.closed ? datelineAt(lines, i) : null;
    const dateline = opening?.dateline ?? null;
    if (opening) {
      close();
      current = new Draft(opening.dateline, line.textStart, line.textStart);
      (current as Draft).takeAuthor(pendingByline);
      pendingByline = null;
      if (opening.carried > 0) {
        // The dateline's credit ran onto the next line: the body starts there, after it.
        i++;
        const rest = lines[i] as Line;
        (current as Draft).body.push({ start: rest.textStart + opening.carried, end: rest.end });
        (current as Draft).end = rest.end;
        ctx = { atBreak: false, closed: closesSentence(rest.text), pageStart: false };
        continue;
      }
    }
    const wrapped = wrappedByline(lines, i);
    const byline = matchTrailingByline(line.text) ?? wrapped;
    // A byline broken over two lines ends on the second: consume it.
    const lineEnd = wrapped && byline === wrapped ? (lines[++i] as Line).end : line.end;
    if (byline && byline.index === 0 && !dateline) {
      const previous = articles[articles.length - 1];
      if (current) (current as Draft).addByline(byline.byline, lineEnd);
      else if (previous && previous.byline === null && pieces[pieces.length - 1] === 'article') {
        previous.byline = byline.byline;
        previous.span.end = lineEnd;
      }
      close();
      ctx = { atBreak: true, closed: true, pageStart: false };
      continue;
    }
    let draft: Draft | null = current;
    if (draft === null) {
      draft = new Draft(null, -1, line.textStart);
      draft.takeAuthor(pendingByline);
      pendingByline = null;
    }
    current = draft;
    const bodyStart = line.textStart + (dateline ? dateline.length : 0);
    const bodyEnd = byline ? line.textStart + byline.index : line.end;
    // A sub-heading inside a story stands as a paragraph of its own.
    const subheading = !byline && !dateline && ctx.closed && isSubheading(lines, i, wrap);
    if (bodyEnd > bodyStart) draft.body.push(subheading ? { start: bodyStart, end: bodyEnd, endsParagraph: true } : { start: bodyStart, end: bodyEnd });
    draft.end = lineEnd;
    if (byline) {
      draft.addByline(byline.byline, lineEnd);
      close();
    }
    ctx = { atBreak: byline !== null, closed: byline !== null || subheading || closesSentence(line.text), pageStart: false };
  }
  close();
  const headlines = found.map(({ text, span, piece, signed }) => ({
    text,
    span,
    before: pieces[piece + 1] === 'article' ? countArticles(pieces, piece + 1) : -1,
    after: !signed && pieces[piece - 1] === 'article' ? countArticles(pieces, piece - 1) : -1,
  }));
  return { articles, headlines };
}

/** Index among the articles of the article piece at `piece`. */
function countArticles(pieces: readonly string[], piece: number): number {
  let n = 0;
  for (let p = 0; p < piece; p++) if (pieces[p] === 'article') n++;
  return n;
}
