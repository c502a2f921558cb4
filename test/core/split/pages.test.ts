import { describe, expect, it } from 'vitest';
import { splitPages } from '../../../src/core/split/pages.js';

describe('splitPages', () => {
  it('keeps a short text as one page', () => {
    expect(splitPages('甲\n\n乙')).toEqual([{ start: 0, end: 4 }]);
  });

  it('cuts at form feeds', () => {
    expect(splitPages('甲页\f乙页')).toEqual([
      { start: 0, end: 2 },
      { start: 3, end: 5 },
    ]);
  });

  it('cuts a long text at the first blank-line run after the target size, preferring a double blank', () => {
    const text = 'aaaa\n\nbbbb\n\n\ncccc\n\ndddd';
    expect(splitPages(text, 3)).toEqual([
      { start: 0, end: 13 },
      { start: 13, end: 19 },
      { start: 19, end: 23 },
    ]);
  });
});
