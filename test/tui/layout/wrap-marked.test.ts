import { describe, expect, it } from 'vitest';
import { wrapMarked } from '../../../src/tui/layout/wrap-marked.js';

const texts = (text: string, width: number, marks = []) => wrapMarked(text, marks, width).map((line) => line.map((s) => s.text).join(''));

// Sentences written for these tests.
describe('wrapMarked', () => {
  it('wraps Chinese at two columns a character and separates paragraphs by an empty line', () => {
    expect(texts('法院开展集中执行行动。\n共执结案件', 8)).toEqual(['法院开展', '集中执行', '行动。', '', '共执结案', '件']);
  });

  it('never starts a line with closing punctuation: the character before it moves down too', () => {
    expect(texts('法院开展，执行', 8)).toEqual(['法院开', '展，执行']);
    expect(texts('他说好）。然后', 8)).toEqual(['他说', '好）。然', '后']);
    expect(texts('，，，，，', 4)).toEqual(['，，', '，，', '，']);
  });

  it('keeps marks as segments across the carried characters', () => {
    const lines = wrapMarked('支付货款6万元，', [{ start: 4, end: 7, kind: 'amount' }], 14);
    expect(lines).toEqual([
      [{ text: '支付货款', kind: null }, { text: '6万', kind: 'amount' }],
      [{ text: '元', kind: 'amount' }, { text: '，', kind: null }],
    ]);
  });
});
