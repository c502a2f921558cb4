import { describe, expect, it } from 'vitest';
import { exclusionOf, isCountable } from '../../../src/core/keywords/word-filter.js';

const options = { stopwords: new Set(['近日', '该院']), minLength: 2 };

describe('exclusionOf', () => {
  it('counts Chinese words of the minimum length that are no stopword', () => {
    expect(exclusionOf('诉源治理', options)).toBeNull();
    expect(exclusionOf('B超', options)).toBeNull();
    expect(isCountable('调解', options)).toBe(true);
  });

  it('says why a word is left out', () => {
    expect(exclusionOf('的', options)).toBe('too-short');
    expect(exclusionOf('𠀀', options)).toBe('too-short');
    expect(exclusionOf('2023', options)).toBe('not-chinese');
    expect(exclusionOf('56.93', options)).toBe('not-chinese');
    expect(exclusionOf('RMB', options)).toBe('not-chinese');
    expect(exclusionOf('——', options)).toBe('not-chinese');
    expect(exclusionOf('一百二十', options)).toBe('number');
    expect(exclusionOf('两', { ...options, minLength: 1 })).toBe('number');
    expect(exclusionOf('该院', options)).toBe('stopword');
  });

  it('honours a lower minimum length', () => {
    expect(exclusionOf('旗', { ...options, minLength: 1 })).toBeNull();
    expect(exclusionOf('调解', { ...options, minLength: 3 })).toBe('too-short');
  });
});
