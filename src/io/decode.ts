import type { SourceEncoding } from '../core/source-file.js';

/** The result of decoding one file's bytes. */
export interface Decoded {
  /** Text without byte-order mark. */
  text: string;
  /** Encoding chosen. */
  encoding: SourceEncoding;
  /** Count of U+FFFD replacement characters produced by invalid byte sequences. */
  invalid: number;
}

const REPLACEMENT = '\uFFFD';
// A replacement character costs far more than a common character earns, so a decoding that
// garbles bytes loses even when it yields more (rare) CJK characters.
const INVALID_PENALTY = 20;

let commonHanzi: Set<string> | undefined;

/**
 * The 3,755 level-1 characters of GB 2312 (rows 0xB0-0xD7), the most frequent hanzi.
 * Derived from the platform's own GB18030 decoder so no table has to be shipped.
 */
function common(): Set<string> {
  if (commonHanzi) return commonHanzi;
  const bytes: number[] = [];
  for (let lead = 0xb0; lead <= 0xd7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) bytes.push(lead, trail);
  }
  const text = new TextDecoder('gb18030').decode(Uint8Array.from(bytes));
  commonHanzi = new Set([...text].filter((ch) => ch !== REPLACEMENT && /\p{Script=Han}/u.test(ch)));
  return commonHanzi;
}

function countInvalid(text: string): number {
  let n = 0;
  for (let i = text.indexOf(REPLACEMENT); i !== -1; i = text.indexOf(REPLACEMENT, i + 1)) n++;
  return n;
}

function score(text: string): number {
  const set = common();
  let commonCount = 0;
  for (const ch of text) if (set.has(ch)) commonCount++;
  return commonCount - INVALID_PENALTY * countInvalid(text);
}

/** True when the bytes hold a NUL outside a UTF-16 byte-order-marked text: a binary file. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes)) return false;
  return bytes.includes(0);
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/**
 * Decodes a text file: a byte-order mark decides when present (UTF-8, UTF-16 LE/BE); otherwise
 * UTF-8 and GB18030 are both tried and the decoding yielding the most common hanzi, net of
 * invalid sequences, wins. A UTF-8 page with one broken sequence therefore stays UTF-8.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return finish(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8-bom');
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  }
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  if (!utf8.includes(REPLACEMENT)) return finish(utf8, 'utf-8');
  const gb = new TextDecoder('gb18030').decode(bytes);
  return score(gb) > score(utf8) ? finish(gb, 'gb18030') : finish(utf8, 'utf-8');
}

function finish(text: string, encoding: SourceEncoding): Decoded {
  return { text, encoding, invalid: countInvalid(text) };
}
