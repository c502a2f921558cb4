import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/core/lines.js';
import { closesSentence, foldChar, normaliseLines, toNormalSpan, toSourceSpan } from '../../src/core/normalise.js';
import { splitArticles } from '../../src/core/split/split-articles.js';
import { SEED_TEXT } from '../helpers/seed.js';

const normalise = (source: string) => normaliseLines(source, splitLines(source));

describe('normaliseLines', () => {
  it('joins layout breaks inside a sentence, also between hanzi and digits', () => {
    expect(normalise('判决被告向原告支付货\n款201820元及利息。').text).toBe('判决被告向原告支付货款201820元及利息。');
    expect(normalise('从2016\n年 10 月开始').text).toBe('从2016年10月开始');
  });

  it('joins blank lines that fall mid-sentence', () => {
    expect(normalise('充分发挥党组织的战斗堡垒作\n\n用，架起司法桥梁。').text).toBe('充分发挥党组织的战斗堡垒作用，架起司法桥梁。');
  });

  it('keeps a paragraph break after a closed sentence, even with a single newline', () => {
    expect(normalise('案件顺利执行\n完毕。\n固阳县法院始终秉持善意文明执行理\n念。').text).toBe('案件顺利执行完毕。\n固阳县法院始终秉持善意文明执行理念。');
    expect(normalise('他说：“好。”\n次日还款。').text).toBe('他说：“好。”\n次日还款。');
  });

  it('joins after a comma or 、', () => {
    expect(normalise('查人找物、\n执行和解，\n司法拘传').text).toBe('查人找物、执行和解，司法拘传');
  });

  it('folds full-width digits and letters and spaces between a number and its unit', () => {
    expect(normalise('支付抚养费 １５００ 元，ＲＭＢ 3000元').text).toBe('支付抚养费1500元，RMB 3000元');
  });

  it('keeps one space between Latin words split by a line break, none inside a split number', () => {
    expect(normalise('Supreme\nCourt 201\n820').text).toBe('Supreme Court 201820');
  });

  it('maps every character back to the source character it came from', () => {
    const normal = normalise(SEED_TEXT);
    for (let i = 0; i < normal.text.length; i++) {
      const ch = normal.text[i] as string;
      const source = SEED_TEXT[normal.offsets[i] as number] as string;
      if (ch === '\n' || ch === ' ') expect(/\s/.test(source)).toBe(true);
      else expect(foldChar(source)).toBe(ch);
    }
  });

  it('maps a normalised span back to a source span across a layout break', () => {
    const source = '支付货\n款201820元';
    const normal = normalise(source);
    const start = normal.text.indexOf('货款');
    expect(toSourceSpan(normal, start, start + 2)).toEqual({ start: 2, end: 5 });
  });
});

describe('closesSentence', () => {
  it('recognises sentence ends, with closing quotes or brackets after them', () => {
    expect(['完毕。', '好吗？', '“好。”', '（完。）', '等等…'].map(closesSentence)).toEqual([true, true, true, true, true]);
    expect(['货', '要求，', '（试行）', '会议指出：'].map(closesSentence)).toEqual([false, false, false, false]);
  });
});

describe('seed page normalisation', () => {
  const articles = splitArticles({ path: 'p.txt', text: SEED_TEXT });
  const all = articles.map((a) => a.text).join('\n');

  it('joins all twelve mid-sentence blank lines of the seed', () => {
    for (const joined of ['堡垒作用', '每月支付抚养费1500元', '莫力庙苏木人民政府', '张某某及婚生女', '公司丙公司', '不予认可', '中断诉讼时效', '配送饲料', '座谈会', '今年10月31日']) {
      expect(all).toContain(joined);
    }
    expect(all).toContain('案件顺利执行完毕。\n固阳县法院');
  });
});

describe('toNormalSpan', () => {
  it('maps a source span back to the normalised text, across a layout break', () => {
    const source = '支付货\n款201820元';
    const normal = normaliseLines(source, splitLines(source));
    expect(toNormalSpan(normal, { start: 2, end: 5 })).toEqual({ start: 2, end: 4 });
    expect(normal.text.slice(2, 4)).toBe('货款');
  });

  it('is null for a span outside the text kept', () => {
    const source = '甲\n乙';
    expect(toNormalSpan(normaliseLines(source, splitLines(source)), { start: 1, end: 2 })).toBeNull();
  });
});
