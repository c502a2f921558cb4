import type { Span } from '../span.js';
import type { AmountRules } from './amount-rules.js';

// Blanked characters match no cue and end no sentence or clause.
const BLANK = '\u0000';

/**
 * The text with every word of `notCues` blanked out (借助 holds 借, 消费者 holds 费, 执行董事
 * holds 执行), so cues and context words are looked for only where they are meant. Offsets are
 * unchanged.
 */
export function blankNotCues(text: string, notCues: readonly string[]): string {
  let out = text;
  for (const word of notCues) {
    if (!out.includes(word)) continue;
    out = out.split(word).join(BLANK.repeat(word.length));
  }
  return out;
}

interface ContextWord {
  end: number;
  length: number;
  enforcement: boolean;
}

/** The context word ending last before `to` (the longest at equal ends: 执行和解 over 和解). */
function lastContextWord(text: string, to: number, rules: AmountRules): ContextWord | null {
  const before = text.slice(0, to);
  const words = [
    ...rules.enforcementWords.map((word) => ({ word, enforcement: true })),
    ...rules.settlementWords.map((word) => ({ word, enforcement: false })),
  ];
  let best: ContextWord | null = null;
  for (const { word, enforcement } of words) {
    const at = before.lastIndexOf(word);
    if (at < 0) continue;
    const end = at + word.length;
    if (!best || end > best.end || (end === best.end && word.length > best.length)) best = { end, length: word.length, enforcement };
  }
  return best;
}

/**
 * Whether money in `sentence` is handled in enforcement: yes when the sentence holds an
 * enforcement word (执行, 执结, 执行和解 …); no when it holds none but a word of mediation or
 * settlement (调解, 和解 …); otherwise as the nearest such word before it in the article says,
 * since a story names its setting once (执行干警找到李某。李某当场支付3000元。).
 */
export function inEnforcement(text: string, sentence: Span, rules: AmountRules): boolean {
  const own = text.slice(sentence.start, sentence.end);
  if (rules.enforcementWords.some((word) => own.includes(word))) return true;
  if (rules.settlementWords.some((word) => own.includes(word))) return false;
  return lastContextWord(text, sentence.start, rules)?.enforcement ?? false;
}
