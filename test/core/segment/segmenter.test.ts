import { describe, expect, it } from 'vitest';
import { alignWords } from '../../../src/core/segment/segmenter.js';

describe('alignWords', () => {
  it('gives consecutive words their offsets, keeping tags', () => {
    expect(alignWords('原告诉至法院', [{ word: '原告' }, { word: '诉至', pos: 'v' }, { word: '法院' }])).toEqual([
      { word: '原告', start: 0 },
      { word: '诉至', start: 2, pos: 'v' },
      { word: '法院', start: 4 },
    ]);
  });

  it('counts offsets in UTF-16 code units across characters outside the BMP', () => {
    expect(alignWords('𠀀字调解', [{ word: '𠀀' }, { word: '字' }, { word: '调解' }]).map((t) => t.start)).toEqual([0, 2, 3]);
  });

  it('searches ahead past text a backend dropped, and skips words it cannot find', () => {
    expect(alignWords('调解 执行', [{ word: '调解' }, { word: '执行' }, { word: '拘传' }, { word: '' }])).toEqual([
      { word: '调解', start: 0 },
      { word: '执行', start: 3 },
    ]);
  });
});
