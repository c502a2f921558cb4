import { describe, expect, it } from 'vitest';
import { keyness, parseReferenceIdf } from '../../../src/core/keywords/reference-idf.js';

describe('reference IDF and keyness', () => {
  it('parses word-idf lines, skipping malformed ones, and scores unknown words at the median', () => {
    const reference = parseReferenceIdf('工作 2.5\n调解 8\n拘传 11.5\n坏行\n', 'test');
    expect(reference.idf.size).toBe(3);
    expect(reference.unknown).toBe(8);
    expect(keyness('拘传', 2, reference)).toBe(23);
    expect(keyness('诉源治理', 3, reference)).toBe(24);
  });
});
