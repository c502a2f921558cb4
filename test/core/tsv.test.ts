import { describe, expect, it } from 'vitest';
import { parseTsv } from '../../src/core/tsv.js';

describe('parseTsv', () => {
  it('splits rows on tabs, skipping comments and blank lines and dropping trailing empty cells', () => {
    expect(parseTsv('# note\n甲\t乙\t\n\n丙\t \t丁\r\n#x\ty\n')).toEqual([['甲', '乙'], ['丙', '', '丁']]);
  });
});
