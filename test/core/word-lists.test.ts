// Words and sentences written by us.
import { describe, expect, it } from 'vitest';
import { wordAt, wordBefore } from '../../src/core/word-lists.js';

const SHORT = ['因', '因为', '由于'];
const LONG = ['的', '这', '这起', '一起', '化解', '调解', '调处', '审理', '审结', '受理', '涉', '涉及', '转让'];

describe('wordAt and wordBefore', () => {
  it('give the longest word of a short list at a position or ending there', () => {
    expect(wordAt('因为琐事', 0, SHORT)).toBe('因为');
    expect(wordAt('由于琐事', 1, SHORT)).toBeUndefined();
    expect(wordBefore('双方因为', 4, SHORT)).toBe('因为');
    expect(wordBefore('因', 0, SHORT)).toBeUndefined();
  });

  it('give the same words for a long list, looked up by the character at hand', () => {
    expect(wordAt('这起纠纷', 0, LONG)).toBe('这起');
    expect(wordAt('涉及纠纷', 0, LONG)).toBe('涉及');
    expect(wordAt('纠纷', 0, LONG)).toBeUndefined();
    expect(wordAt('审结', 2, LONG)).toBeUndefined();
    expect(wordBefore('法官审结', 4, LONG)).toBe('审结');
    expect(wordBefore('店铺转让', 4, LONG)).toBe('转让');
    expect(wordBefore('店铺转让', 0, LONG)).toBeUndefined();
    expect(wordBefore('纠纷', 2, LONG)).toBeUndefined();
  });

  it('read a map’s keys as its words', () => {
    const qualifiers = new Map(LONG.map((word, i) => [word, i]));
    expect(wordAt('这起纠纷', 0, qualifiers)).toBe('这起');
    expect(wordBefore('店铺转让', 4, qualifiers)).toBe('转让');
    expect(wordAt('纠纷', 0, qualifiers)).toBeUndefined();
  });
});
