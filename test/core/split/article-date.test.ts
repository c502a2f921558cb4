import { describe, expect, it } from 'vitest';
import { articleDate, dateFromPath } from '../../../src/core/split/article-date.js';

describe('dateFromPath', () => {
  it('reads full dates, compact dates and year-month from the file name', () => {
    expect(dateFromPath('2023/page-2023-12-08.txt')).toEqual({ year: 2023, month: 12, day: 8 });
    expect(dateFromPath('法治日报20231208第5版.txt')).toEqual({ year: 2023, month: 12, day: 8 });
    expect(dateFromPath('2023年12月8日.txt')).toEqual({ year: 2023, month: 12, day: 8 });
    expect(dateFromPath('2023-12-nmg-court-news-page.txt')).toEqual({ year: 2023, month: 12, day: null });
    expect(dateFromPath('page-7.txt')).toBeNull();
  });
});

describe('articleDate', () => {
  it('gives a dateline month and day the file name year, a December dateline in January the year before', () => {
    expect(articleDate({ year: 2024, month: 3, day: 25 }, 3, 24)).toBe('2024-03-24');
    expect(articleDate({ year: 2024, month: 1, day: 2 }, 12, 31)).toBe('2023-12-31');
  });

  it('falls back to the file date, and is null without a year', () => {
    expect(articleDate({ year: 2023, month: 12, day: null }, null, null)).toBe('2023-12');
    expect(articleDate(null, 12, 31)).toBeNull();
    expect(articleDate(null, null, null)).toBeNull();
  });
});
