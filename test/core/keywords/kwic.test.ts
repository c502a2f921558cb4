import { describe, expect, it } from 'vitest';
import { concordanceLine } from '../../../src/core/keywords/kwic.js';

describe('concordanceLine', () => {
  // A layout-broken sentence written by us in the manner of court news.
  const source = '法院\n\n执行干警将被执行\n人拘传至法院𠀀。';

  it('takes context from the source, a run of line breaks shown as one space', () => {
    const start = source.indexOf('被执行\n人');
    expect(concordanceLine(source, { start, end: start + 5 }, 6)).toEqual({ left: ' 执行干警将', term: '被执行人', right: '拘传至法院𠀀' });
  });

  it('stops at the ends of the source and counts a surrogate pair as one character', () => {
    const start = source.indexOf('法院𠀀');
    expect(concordanceLine(source, { start, end: start + 2 }, 3)).toEqual({ left: '拘传至', term: '法院', right: '𠀀。' });
    expect(concordanceLine(source, { start: 0, end: 2 }, 4)).toEqual({ left: '', term: '法院', right: ' 执行干' });
    expect(concordanceLine(source, { start: 0, end: 2 }, 0)).toEqual({ left: '', term: '法院', right: '' });
  });
});
