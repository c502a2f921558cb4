/** Chinese digits, everyday and financial (大写), with their values. */
export const CN_DIGITS: ReadonlyMap<string, number> = new Map([
  ['零', 0], ['〇', 0], ['○', 0],
  ['一', 1], ['壹', 1],
  ['二', 2], ['贰', 2], ['貳', 2], ['两', 2], ['兩', 2],
  ['三', 3], ['叁', 3], ['參', 3],
  ['四', 4], ['肆', 4],
  ['五', 5], ['伍', 5],
  ['六', 6], ['陆', 6], ['陸', 6],
  ['七', 7], ['柒', 7],
  ['八', 8], ['捌', 8],
  ['九', 9], ['玖', 9],
]);

/** 十, 百, 千 (and their capitals): multiply the digit before them within a 万 section. */
export const SMALL_UNITS: ReadonlyMap<string, bigint> = new Map([
  ['十', 10n], ['拾', 10n],
  ['百', 100n], ['佰', 100n],
  ['千', 1000n], ['仟', 1000n],
]);

/** 万 and 亿: multiply everything before them. */
export const BIG_UNITS: ReadonlyMap<string, bigint> = new Map([
  ['万', 10_000n], ['萬', 10_000n],
  ['亿', 100_000_000n], ['億', 100_000_000n],
]);

/** Characters only financial numerals use; a number holding one is written in capitals. */
export const CAPITAL_CHARS = new Set('壹贰貳叁參肆伍陆陸柒捌玖拾佰仟');

/** True for an ASCII digit. */
export function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** True for any character a number can be written with (digits, Chinese digits, 十百千万亿). */
export function isNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && (isAsciiDigit(ch) || CN_DIGITS.has(ch) || SMALL_UNITS.has(ch) || BIG_UNITS.has(ch));
}

/** True for a CJK ideograph (what a word around a number is made of). */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Script=Han}/u.test(ch);
}
