import type { Span } from '../span.js';

// Anonymised parties: any run of 某 (张某某, 某公司, 某村), and a letter standing for a company
// or other organisation (甲公司, 乙公司, A公司). 甲方/乙方 are contract vocabulary and stay.
const PLACEHOLDER = /某+|[甲乙丙丁戊己庚辛壬癸A-Z](?:公司|集团|企业|厂|店|银行|超市|医院|学校|酒店|合作社)/gu;

/** Spans of anonymisation placeholders in a text (offsets in that text). */
export function placeholderSpans(text: string): Span[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * The personal names of a byline (`关清 马喜莲` → both); a `…供稿` credit names an
 * organisation, not a person, and one-character pieces would mask ordinary words.
 */
export function bylineNames(byline: string | null): string[] {
  if (!byline || byline.endsWith('供稿')) return [];
  return byline.split(/\s+/).filter((name) => [...name].length >= 2);
}

/** Spans where any of `names` occurs in a text. */
export function nameSpans(text: string, names: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      spans.push({ start: at, end: at + name.length });
    }
  }
  return spans;
}

/** True when `[start, end)` overlaps any of `spans`. */
export function overlapsAny(start: number, end: number, spans: readonly Span[]): boolean {
  return spans.some((span) => start < span.end && span.start < end);
}
