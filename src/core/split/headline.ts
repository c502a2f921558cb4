/** Longest line, in code points, that can still be a headline. */
export const MAX_HEADLINE_LINE = 32;
/** Most lines one headline spans. */
export const MAX_HEADLINE_LINES = 3;

// A headline may end in a question or exclamation mark (算加班吗？) but holds no full stop or
// semicolon, and no question or exclamation mark before its end.
const SENTENCE_PUNCTUATION = /[。；;]|[！？!?](?![”’」』）)》]*$)/;
const OPEN_ENDING = /[，,、：:（(“‘《〈【—-]$/;
// Numbered or marked sub-headings belong to their article: 一、 （一） (1) 1. 第一， 02 ■ ▲ 案例一 【…】
const ORDINAL =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|第[一二三四五六七八九十]+[，、]|0\d[\s\u3000]|[■▲●◆◇□★☆▶►▼◎※]|案例[一二三四五六七八九十\d]+|【|第[一二三四五六七八九十]+(?:部分|章|节|篇))/;

/** True for a line that opens with a sub-heading's number or mark (`02 一套房子`, `■砍一棵 补十棵`, `案例一`). */
export function isMarkedSubheading(text: string): boolean {
  return ORDINAL.test(text) && [...text].length <= MAX_HEADLINE_LINE + 8;
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/**
 * True when a trimmed line could be (part of) a headline: short, at least two hanzi, no full stop
 * or semicolon (a closing ？ or ！ is fine), not ending open (comma, colon, opening bracket), not a
 * numbered sub-heading.
 */
export function isHeadlineLine(text: string): boolean {
  const length = [...text].length;
  if (length < 2 || length > MAX_HEADLINE_LINE) return false;
  if (SENTENCE_PUNCTUATION.test(text) || OPEN_ENDING.test(text) || ORDINAL.test(text)) return false;
  if (count(text, '，') + count(text, ',') > 1 || count(text, '、') > 2) return false;
  return (text.match(/[\u3400-\u9fff]/g) ?? []).length >= 2;
}

/** Joins the lines of a headline with one space, collapsing inner runs of spaces to one. */
export function joinHeadline(lines: readonly string[]): string {
  return lines.map((line) => line.replace(/[\s\u3000]+/g, ' ').trim()).join(' ');
}
