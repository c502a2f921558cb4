/** A byline closing a line: `（韩立波）`, `（关清 马喜莲）`, `（固阳县人民法院供稿）`. */
export interface BylineMatch {
  /** Names joined by one space, or the `…供稿` credit as written. */
  byline: string;
  /** Index in the line text where the byline (its opening bracket) begins. */
  index: number;
}

// Role words before names: multi-character ones may run straight into the name (记者闫利民);
// single characters (文, 图, 摄) only stand alone or before a colon, since they also start names.
const ROLE = /^(?:(?:本报|特约|见习|实习)?(?:记者|通讯员|实习生|摄影|作者|撰稿|编辑)|文\/图|图\/文|[文图摄](?=[：:]|$))[：:]?/;
const HAN_NAME = /^[\u3400-\u9fff·•]{2,8}$/;
// Parenthesised words that close lines without being bylines.
const NOT_NAMES = /^(?:试行|草案|暂行|修订|摘要|节选|完|待续|续|全文|上|中|下|附图|图|社区|[一二三四五六七八九十]+)$/;
const SENTENCE_BEFORE = /[。！？!?…；;”’」』]$/;

/**
 * Joins the halves of two-character names that typesetting pads with a space to the width of
 * three (`赵 磊`, `杨 帆 吴思琪`): two single hanzi in a row are one name.
 */
function mergePaddedNames(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const next = parts[i + 1];
    if (/^[\u3400-\u9fff]$/.test(part) && next !== undefined && /^[\u3400-\u9fff]$/.test(next)) {
      out.push(part + next);
      i++;
    } else out.push(part);
  }
  return out;
}

/**
 * Parses the inside of a credit bracket into a byline: role words (记者, 通讯员 …) dropped, names
 * joined by one space; a `…供稿` credit is kept whole. Returns null when it is not a list of names.
 */
export function parseByline(inner: string): string | null {
  const text = inner.trim();
  if (/^[\u3400-\u9fff]{2,24}供稿$/.test(text)) return text;
  const names: string[] = [];
  for (const part of mergePaddedNames(text.split(/[\s\u3000、，,；;]+/))) {
    let rest = part;
    for (let stripped = rest.replace(ROLE, ''); stripped !== rest; stripped = rest.replace(ROLE, '')) rest = stripped;
    if (rest.length === 0) continue;
    if (!HAN_NAME.test(rest) || NOT_NAMES.test(rest)) return null;
    names.push(rest);
  }
  if (names.length === 0 || names.length > 6) return null;
  return names.join(' ');
}

// Some papers set the byline on a line of its own after a hollow square (`□ 韩雪松`, `□记者 王某`);
// a filled one (■) marks sub-headings.
const MARKED_BYLINE = /^□[\s\u3000]*(.+)$/;

/** The names after a hollow square on a line of their own (`□ 韩雪松` → `韩雪松`), or null. */
export function matchMarkedByline(line: string): string | null {
  const marked = MARKED_BYLINE.exec(line);
  if (!marked) return null;
  const byline = parseByline(marked[1] as string);
  return byline !== null && byline.split(' ').every((name) => name.includes('·') || [...name].length <= 4) ? byline : null;
}

/**
 * Finds a byline at the end of a trimmed line: a bracketed name list standing alone or after a
 * closed sentence, a bare `XX供稿` line, or names after a hollow square (`□ 韩雪松`).
 */
export function matchTrailingByline(line: string): BylineMatch | null {
  const bare = /^([\u3400-\u9fff]{2,24}供稿)$/.exec(line);
  if (bare) return { byline: bare[1] as string, index: 0 };
  const marked = matchMarkedByline(line);
  if (marked !== null) return { byline: marked, index: 0 };
  const bracket = /[（(]([^（）()]{1,40})[）)]$/.exec(line);
  if (!bracket) return null;
  const before = line.slice(0, bracket.index).trimEnd();
  if (before.length > 0 && !SENTENCE_BEFORE.test(before)) return null;
  const byline = parseByline(bracket[1] as string);
  return byline === null ? null : { byline, index: bracket.index };
}

// The office of the person signing a report or a signed article under its headline
// (`某县人民法院院长　王某`, `某市中级人民法院副庭长 李某`).
const AUTHOR_TITLE = /^[\u3400-\u9fff]{0,24}(?:院长|庭长|审判员|法官|检察长|主任|书记)$/;

/**
 * The author named under a headline, on a line of its own: an office, a space, then the name
 * (`平顺县人民法院院长　赵某某` → `赵某某`); null for anything else.
 *
 * Why: reports to a people's congress and signed articles carry no bracketed byline; the author
 * stands with the headline, and read as part of it the name would be lost and the headline spoilt.
 */
export function matchAuthorLine(line: string): string | null {
  const split = /^([^\s\u3000]+)[\s\u3000]+(.+)$/.exec(line);
  if (!split || !AUTHOR_TITLE.test(split[1] as string)) return null;
  return parseByline(split[2] as string);
}
