const HAN = /\p{Script=Han}/u;

/** True for a CJK ideograph: the only characters a case-type phrase is made of (besides 、 inside names). */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined || ch.length === 0) return false;
  const code = ch.charCodeAt(0);
  // The common blocks by code range (this runs for every character scanned); the regex for the rest.
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return true;
  if (code < 0x2e80) return false;
  return HAN.test(ch);
}

/** Characters that end a sentence. */
const SENTENCE_END = /[。！？!?；;\n]/;

/** Start and end of the sentence around `position`. */
export function sentenceAround(text: string, position: number): { start: number; end: number } {
  let start = position;
  while (start > 0 && !SENTENCE_END.test(text[start - 1] as string)) start--;
  let end = position;
  while (end < text.length && !SENTENCE_END.test(text[end] as string)) end++;
  return { start, end };
}

/** Start of the run of Han characters that ends at `end`, reading back at most `max` characters. */
export function hanRunStart(text: string, end: number, max: number): number {
  let start = end;
  while (start > 0 && end - start < max && isHan(text[start - 1])) start--;
  return start;
}
