import { describe, expect, it } from 'vitest';
import { formatDate, formatPeriod, formatPeriodShort } from './period.ts';

describe('formatDate', () => {
  it('writes day/month/year without leading zeros in Vietnamese', () => {
    expect(formatDate('2019-08-29', 'vi')).toBe('29/8/2019');
    expect(formatDate('2025-07-01', 'vi')).toBe('1/7/2025');
  });
  it('writes "29 Aug 2019" in English', () => {
    expect(formatDate('2019-08-29', 'en')).toBe('29 Aug 2019');
  });
  it('rejects malformed dates', () => {
    expect(() => formatDate('2019-13-01', 'vi')).toThrow(/invalid month/);
    expect(() => formatDate('29/8/2019', 'vi')).toThrow(/invalid date/);
  });
});

describe('formatPeriod', () => {
  it('writes years, quarters, months and days', () => {
    expect(formatPeriod('2019', 'vi')).toBe('năm 2019');
    expect(formatPeriod('2019', 'en')).toBe('2019');
    expect(formatPeriod('2019-Q3', 'vi')).toBe('quý III/2019');
    expect(formatPeriod('2019-Q3', 'en')).toBe('Q3 2019');
    expect(formatPeriod('2019-08', 'vi')).toBe('tháng 8/2019');
    expect(formatPeriod('2019-08', 'en')).toBe('Aug 2019');
    expect(formatPeriod('2019-07-30', 'vi')).toBe('30/7/2019');
  });
  it('writes intervals with an en dash', () => {
    expect(formatPeriod('2019-03-12/2019-08-20', 'vi')).toBe('12/3/2019 – 20/8/2019');
    expect(formatPeriod('2019-03-12/2019-08-20', 'en')).toBe('12 Mar 2019 – 20 Aug 2019');
  });
  it('rejects what is not a period', () => {
    expect(() => formatPeriod('2019-Q5', 'vi')).toThrow(/invalid period/);
    expect(() => formatPeriod('a/b/c', 'en')).toThrow(/invalid period/);
  });
  it('has short forms for axes', () => {
    expect(formatPeriodShort('2019-Q3', 'vi')).toBe('Q3/2019');
    expect(formatPeriodShort('2019-08', 'vi')).toBe('8/2019');
    expect(formatPeriodShort('2020', 'en')).toBe('2020');
  });
});
