import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../../src/core/regions/lexicon.js';
import { courtSuffixAt } from '../../../src/core/regions/court-names.js';

describe('Lexicon', () => {
  const lexicon = new Lexicon<number>();
  lexicon.add('包头', 1);
  lexicon.add('包头市', 2);
  lexicon.add('包头市', 3);
  lexicon.add('包', 4);
  lexicon.add('包头市青山区', 5);

  it('gives every form starting at a position, longest first, with all its values', () => {
    expect(lexicon.matchesAt('被告家住包头市青山', 4)).toEqual([
      { form: '包头市', values: [2, 3] },
      { form: '包头', values: [1] },
    ]);
  });

  it('finds nothing where no form starts, at the end of the text, or for a one-character form', () => {
    expect(lexicon.matchesAt('被告家住包头市', 0)).toEqual([]);
    expect(lexicon.matchesAt('包头', 2)).toEqual([]);
    expect(lexicon.matchesAt('包子', 0)).toEqual([]);
    expect(lexicon.get('包')).toEqual([]);
    expect(lexicon.get('包头市')).toEqual([2, 3]);
  });
});

describe('courtSuffixAt', () => {
  it('reads a suffix only where one of its openings stands', () => {
    expect(courtSuffixAt('人民法院审结', 0)).toEqual({ kind: 'basic', length: 4, list: false, tribunals: 'tribunal' });
    expect(courtSuffixAt('人民群众', 0)).toBeNull();
    expect(courtSuffixAt('第二中级人民法院', 0)?.kind).toBe('intermediate');
    expect(courtSuffixAt('等七个盟市法院', 0)).toEqual({ kind: 'basic', length: 7, list: true, tribunals: 'tribunal' });
    expect(courtSuffixAt('海事法院烟台法庭', 0)?.tribunals).toBe('intermediate');
    expect(courtSuffixAt('法', 0)).toBeNull();
  });
});
