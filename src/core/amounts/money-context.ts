import type { AmountRules } from './amount-rules.js';
import type { MoneyExpression } from './money-expression.js';
import { isHan, isNumeralChar } from './numeral-chars.js';
import { wordAt, wordBefore } from '../word-lists.js';

// A masked party name (张某, 李某某) may stand between a verb and its sum (支付李某2万).
const MASKED_NAME = /\p{Script=Han}某{1,2}$/u;
const NOT_AMOUNT_AFTER = /^[A-Za-z0-9%％‰.．]/;

/** Positions reached by stepping left from `pos` over fillers and masked names, `pos` first. */
function stepsBack(text: string, pos: number, rules: AmountRules): number[] {
  const steps = [pos];
  let at = pos;
  for (let i = 0; i < 4; i++) {
    const filler = wordBefore(text, at, rules.fillers);
    const name = filler ? null : MASKED_NAME.exec(text.slice(Math.max(0, at - 3), at));
    const length = filler?.length ?? name?.[0].length ?? 0;
    if (length === 0) break;
    at -= length;
    steps.push(at);
  }
  return steps;
}

/** A money cue ends right before the expression, fillers aside (标的额为86万, 支付原告2万). */
export function hasCueBefore(text: string, expression: MoneyExpression, rules: AmountRules, words: readonly string[]): boolean {
  return stepsBack(text, expression.start, rules).some((at) => wordBefore(text, at, words) !== undefined);
}

/** A money noun starts right after the expression, optionally after 的 (百万欠款, 20万的货款). */
export function hasCueAfter(text: string, expression: MoneyExpression, rules: AmountRules): boolean {
  const at = text[expression.end] === '的' ? expression.end + 1 : expression.end;
  return wordAt(text, at, rules.cuesAfter) !== undefined;
}

/**
 * A lone Chinese digit with 元 that runs on into a word is a name or a term (王一元说, 二元结构),
 * unless 钱, 角 or 分 shows it is money (一元钱, 五元五角).
 */
function runsIntoWord(text: string, expression: MoneyExpression): boolean {
  const written = text.slice(expression.number.end, expression.end);
  const next = text[expression.end];
  return !/[钱角毛分]/.test(written) && isHan(next) && !isNumeralChar(next) && next !== '的';
}

// Marks allowed between `N块` and the value or weight of the pieces it counts (电瓶23块，价值…).
const PIECE_VALUE_GAP = /^[，,、\s]?/u;

/**
 * A bare 块 counts pieces, whatever the number, when what is counted is then valued or weighed
 * (盗窃蓄电池16块，价值共计8000余元): a sum of money is never itself given a value. A price word
 * right before it still makes it money (花了300块，价值不大).
 */
function piecesValued(text: string, expression: MoneyExpression, rules: AmountRules): boolean {
  if (text.slice(expression.number.end, expression.end) !== '块') return false;
  if (wordBefore(text, expression.start, rules.priceWords) !== undefined) return false;
  const gap = PIECE_VALUE_GAP.exec(text.slice(expression.end, expression.end + 1))?.[0].length ?? 0;
  return wordAt(text, expression.end + gap, rules.pieceValueWords) !== undefined;
}

/**
 * `一块` or `两块` alone counts pieces (切成两块, 一块“名牌”手表) unless a price word stands right
 * before it (花了一块, 每斤两块); 一块钱 and 两块五 are money by their own wording. A lone digit with
 * a bare 毛 or 角 is read the same way (三毛 is a name, 屋子一角 a corner; 每斤降价五毛 is money).
 */
function countsPieces(text: string, expression: MoneyExpression, rules: AmountRules): boolean {
  const unit = text.slice(expression.number.end, expression.end);
  if (!expression.number.lone || (unit !== '块' && unit !== '毛' && unit !== '角')) return false;
  return wordBefore(text, expression.start, rules.priceWords) === undefined;
}

/**
 * A foreign currency starts at `pos`: a currency word of its own (卢布, 盾 after 越南), or a
 * country followed by 元, 币 or 金 (美元, 港币, 美金). A country running into another word (日常,
 * 美食) is none.
 */
export function foreignCurrencyAt(text: string, pos: number, rules: AmountRules): boolean {
  const { units, suffixes, countries } = rules.foreignCurrencies;
  if (wordAt(text, pos, units) !== undefined) return true;
  return countries.some((country) => text.startsWith(country, pos) && (wordAt(text, pos + country.length, suffixes) ?? wordAt(text, pos + country.length, units)) !== undefined);
}

/** What follows the expression shows it counts something else (3000多亩, 82件). */
export function countsSomethingElse(text: string, expression: MoneyExpression, rules: AmountRules): boolean {
  return NOT_AMOUNT_AFTER.test(text.slice(expression.end, expression.end + 1)) || wordAt(text, expression.end, rules.notMoneyAfter) !== undefined;
}

/**
 * Whether an expression is a sum of money. Never when a foreign currency follows it (5000美元,
 * 约12亿越南盾, 8000元港币). With 元/圆/块 it is, unless a bare 块 counts pieces then valued or
 * weighed (电瓶16块，价值…). Without, it needs a currency word
 * or a money cue right before or after it (标的额86万, 百万欠款), or a verb such as 负担 when the
 * sentence already named a sum; and nothing around it may show it counts something else or is an
 * identifier (尾号为8866). A lone Chinese digit (一, 两) is never money without 元, and with 元
 * only when no word runs on after it, or with a bare 块 only after a price word: it is far too
 * common in ordinary words, names and counts of pieces.
 */
export function isMoney(text: string, expression: MoneyExpression, rules: AmountRules, sentenceHasMoney: boolean): boolean {
  if (foreignCurrencyAt(text, expression.end, rules)) return false;
  if (expression.hasUnit) {
    if (piecesValued(text, expression, rules)) return false;
    return !(expression.number.lone && expression.high === null && (runsIntoWord(text, expression) || countsPieces(text, expression, rules)));
  }
  if (expression.number.lone || countsSomethingElse(text, expression, rules)) return false;
  if (hasCueBefore(text, expression, rules, rules.notMoneyBefore)) return false;
  if (expression.currency) return true;
  if (hasCueBefore(text, expression, rules, rules.cuesBefore) || hasCueAfter(text, expression, rules)) return true;
  return sentenceHasMoney && hasCueBefore(text, expression, rules, rules.carryVerbs);
}
