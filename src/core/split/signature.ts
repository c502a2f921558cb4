import { isBlank, type Line } from '../lines.js';

// The bodies that sign a notice, a letter or a report at its foot: courts, procuratorates,
// governments, committees and offices.
const SIGNER = /^[\u3400-\u9fff]{2,30}(?:法院|法庭|检察院|人民政府|委员会|办公室)$/;
// The signing date, in figures or in Chinese numerals (二〇二五年六月十日).
const SIGNING_DATE = /^(?:\d{4}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$/;
/** Least indent, in hanzi widths, of a signer's line standing without its date: body paragraphs indent two. */
export const MIN_SIGNATURE_INDENT = 4;

/** Display width of the whitespace before a line's text: ASCII spaces count half, tabs two. */
function indent(source: string, line: Line): number {
  let w = 0;
  for (const ch of source.slice(line.start, line.textStart)) w += ch === '\t' ? 2 : (ch.codePointAt(0) ?? 0) < 0x100 ? 0.5 : 1;
  return w;
}

/**
 * Number of lines (1 or 2) of the signature starting at `lines[i]`, or 0: the name of the body
 * that issues a notice (`黄冈市某区人民法院`), set off to the right by a deep indent or followed
 * directly by the signing date on the next line.
 *
 * Why: a notice (公告, 通知, 倡议书) ends with its issuer and date, laid out right-aligned; the
 * layout otherwise reads the two short unpunctuated lines as a headline between articles, which
 * drops the issuer (a court, so a place) from the notice. The caller asks only inside an open
 * article whose text closed a sentence.
 */
export function signatureLength(source: string, lines: readonly Line[], i: number): number {
  const line = lines[i];
  if (!line || !SIGNER.test(line.text)) return 0;
  const next = lines[i + 1];
  if (next && !isBlank(next) && SIGNING_DATE.test(next.text)) return 2;
  return indent(source, line) >= MIN_SIGNATURE_INDENT ? 1 : 0;
}
