import { add, ZERO, type Decimal } from './decimal.js';
import { CN_DIGITS, isAsciiDigit, isHan, isNumeralChar } from './numeral-chars.js';
import { wordAt, type WordList } from '../word-lists.js';

/**
 * The currency unit after a number: `元`, `圆`, `块(钱)`, with 角/分 after it and a closing 整/正;
 * or `毛(钱)` / `角(钱)` after a single digit, which then counts tenths of a yuan (5毛 = 0.5).
 */
export interface YuanUnit {
  /** Offset where the unit begins. */
  start: number;
  /** Offset just past it, its 角/分 and 整/正. */
  end: number;
  /** The 角/分 part, in yuan (`5角` → 0.5). */
  fraction: Decimal;
  /** The number counts 角 (tenths of a yuan): `5毛`, `八角钱`. */
  tenths: boolean;
}

/** A digit 1-9 (Arabic or Chinese) at `at`, or null. */
function digitAt(text: string, at: number): number | null {
  const ch = text[at];
  if (isAsciiDigit(ch) && !isAsciiDigit(text[at + 1])) return Number(ch);
  const value = ch === undefined ? undefined : CN_DIGITS.get(ch);
  return value === undefined || value === 0 ? null : value;
}

/** Reads `5角`, `2角5分`, `零5分` after a yuan unit; returns the fraction and where it ends. */
function readFraction(text: string, at: number): { fraction: Decimal; end: number } {
  let pos = at;
  let fraction = ZERO;
  const zero = text[pos] === '零' ? 1 : 0;
  const jiao = digitAt(text, pos + zero);
  if (jiao !== null && (text[pos + zero + 1] === '角' || text[pos + zero + 1] === '毛')) {
    fraction = add(fraction, { coef: BigInt(jiao), exp: -1 });
    pos += zero + 2;
  }
  const skip = pos === at ? zero : 0;
  const fen = digitAt(text, pos + skip);
  // 分钟 and 分之 are minutes and fractions, not fen.
  if (fen !== null && text[pos + skip + 1] === '分' && text[pos + skip + 2] !== '钟' && text[pos + skip + 2] !== '之') {
    fraction = add(fraction, { coef: BigInt(fen), exp: -2 });
    pos += skip + 2;
  }
  if (pos > at && text[pos] === '钱') pos++;
  return { fraction, end: pos };
}

/** 整/正 closes a written sum (`伍万元整`) when no word goes on after it. */
function closingMark(text: string, at: number): number {
  const ch = text[at];
  return (ch === '整' || ch === '正') && !isHan(text[at + 1]) ? at + 1 : at;
}

// After 块, an opening quote or bracket starts the name of the thing counted (一块“专柜正品”手表).
const OPENING = new Set('“‘"\'《〈「『（(【[');

/** `块五` (1.5 yuan for 一块五): one digit after 块 (or 毛) that ends the phrase, as the next place down. */
function readKuaiTenths(text: string, at: number): { fraction: Decimal; end: number } | null {
  const tenths = digitAt(text, at);
  const next = text[at + 1];
  if (tenths === null || isNumeralChar(next) || (isHan(next) && next !== '的' && next !== '钱')) return null;
  return { fraction: { coef: BigInt(tenths), exp: -1 }, end: next === '钱' ? at + 2 : at + 1 };
}

/**
 * Reads the unit at `at` right after a number, or returns null when none stands there. 元 inside
 * a word listed in `falseFriends` (一元化, 元旦) is not a unit; 块 without 钱 counts only when no
 * word, quote or bracket goes on after it (`4500块，`), since `一块土地` and `一块“名牌”手表` count
 * things; a lone digit after it is tenths (`两块五`).
 */
export function readYuanUnit(text: string, at: number, falseFriends: readonly string[], qualifiersAfter: WordList): YuanUnit | null {
  const ch = text[at];
  if (ch !== '元' && ch !== '圆' && ch !== '块') return null;
  for (const word of falseFriends) {
    const k = word.indexOf(ch);
    if (k >= 0 && text.startsWith(word, at - k)) return null;
  }
  const end = text[at + 1] === '钱' ? at + 2 : at + 1;
  const fraction = end === at + 2 ? { fraction: ZERO, end } : readFraction(text, end);
  if (ch === '块' && fraction.end === at + 1) {
    const tenths = readKuaiTenths(text, at + 1);
    if (tenths) return { start: at, end: tenths.end, fraction: tenths.fraction, tenths: false };
    const next = text[at + 1];
    if (next !== undefined && OPENING.has(next)) return null;
    if (isHan(next) && next !== '的' && wordAt(text, at + 1, qualifiersAfter) === undefined) return null;
  }
  return { start: at, end: closingMark(text, fraction.end), fraction: fraction.fraction, tenths: false };
}

/**
 * Reads `毛` or `角` (with 钱) right after a single digit at `at`, the colloquial and the written
 * tenth of a yuan (每斤降价5毛, 八角钱), with a lone digit after it as fen (两毛五), or returns null.
 * Without 钱, nothing but 的, a numeral, a qualifier (左右) or a non-word may follow: 五角星 and
 * 8角茴香 are no money. Whether a lone Chinese digit with a bare 毛 or 角 is money (三毛 is also a
 * name, 一角 a corner) is for the caller to decide.
 */
export function readJiaoUnit(text: string, at: number, qualifiersAfter: WordList): YuanUnit | null {
  const ch = text[at];
  if (ch !== '毛' && ch !== '角') return null;
  if (text[at + 1] === '钱') return { start: at, end: at + 2, fraction: ZERO, tenths: true };
  const fen = readKuaiTenths(text, at + 1);
  if (fen) return { start: at, end: fen.end, fraction: { coef: fen.fraction.coef, exp: -2 }, tenths: true };
  const next = text[at + 1];
  if (isHan(next) && next !== '的' && !isNumeralChar(next) && wordAt(text, at + 1, qualifiersAfter) === undefined) return null;
  return { start: at, end: at + 1, fraction: ZERO, tenths: true };
}
