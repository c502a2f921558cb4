import { describe, expect, it } from 'vitest';
import { parseWordList } from '../../../src/core/keywords/word-list.js';
import { foldChar } from '../../../src/core/normalise.js';

describe('parseWordList', () => {
  it('reads one word a line, skipping comments and blanks, trimming and folding', () => {
    expect(parseWordList('# 注释\n近日\r\n\n  一起 \nＡＢ\n', foldChar)).toEqual(['近日', '一起', 'AB']);
  });
});
