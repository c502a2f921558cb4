import type { Span } from '../span.js';
import type { AmountRules } from './amount-rules.js';
import { sentenceAround } from './text-bounds.js';

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

/** What a sentence says of its own setting. */
type Setting = 'enforcement' | 'settlement' | 'dealings' | 'none';

/**
 * A reader of whether money in a sentence of `text` is handled in enforcement: yes when the
 * sentence holds an enforcement word (执行, 执结, 执行和解 …); no when it holds none but a word of
 * mediation or settlement (调解, 和解 …). A sentence holding neither takes its setting from the
 * sentences before it, since a story names its setting once (执行干警找到李某。李某当场支付3000元。),
 * up to the nearest one holding such a word — unless a sentence on the way tells the dealings
 * behind the case (`tellsDebt`: it names a debt, as in 购买茶叶，茶款26.5万元。茶叶公司支付7万元后…):
 * the story has gone back to them, and what is paid there is no enforcement.
 */
export function enforcementReader(text: string, rules: AmountRules, tellsDebt: (sentence: Span) => boolean): (sentence: Span) => boolean {
  const settings = new Map<number, Setting>();
  const settingOf = (sentence: Span): Setting => {
    let setting = settings.get(sentence.start);
    if (setting === undefined) {
      const own = text.slice(sentence.start, sentence.end);
      setting = rules.enforcementWords.some((word) => own.includes(word))
        ? 'enforcement'
        : rules.settlementWords.some((word) => own.includes(word))
          ? 'settlement'
          : tellsDebt(sentence)
            ? 'dealings'
            : 'none';
      settings.set(sentence.start, setting);
    }
    return setting;
  };
  return (sentence) => {
    const own = settingOf(sentence);
    if (own === 'enforcement' || own === 'settlement') return own === 'enforcement';
    for (let boundary = sentence.start - 1; boundary >= 0; ) {
      const earlier = sentenceAround(text, boundary);
      const setting = settingOf(earlier);
      if (setting !== 'none') return setting === 'enforcement';
      boundary = earlier.start - 1;
    }
    return false;
  };
}
