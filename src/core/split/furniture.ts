// Page furniture: lines a newspaper page carries around its articles, which belong to none.
const CREDITS = /(?:编辑|校对|版式|美编|组版|审校|监制|排版)[：:]|^(?:本版|责任)(?:编辑|校对|美编)[\s\u3000]/;
const PAGE = /第\s*\d{1,3}\s*版|^\d{1,3}$/;
const ISSUE_DATE = /\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]/;
// A masthead: the paper's name (…报, …周刊, 法苑), perhaps a column, and the issue date, set apart
// by spaces, perhaps with the issue's number (第11期（总第138期）).
const MASTHEAD = /^[^。，；！？\s]{2,16}(?:[\s\u3000]+[^。，；！？\s]{1,10})*[\s\u3000]+\d{4}年\d{1,2}月\d{1,2}日(?:[\s\u3000]*第[\d一二三四五六七八九十]+期.*)?$/;

/**
 * True for a line of page furniture: an editor or proofreader credit (`责任编辑：刘佳　校对：陈锐`),
 * a page number (`第3版`, `04` alone), an issue date with its weekday (`2024年12月31日 星期二`), or
 * a masthead naming the paper and the date (`三晋法治周刊　执行在线　2026年6月4日`).
 */
export function isPageFurniture(text: string): boolean {
  return CREDITS.test(text) || PAGE.test(text) || ISSUE_DATE.test(text) || MASTHEAD.test(text);
}
