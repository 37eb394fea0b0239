import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from './number.ts';

describe('formatNumber', () => {
  it('groups thousands with a dot in Vietnamese and a comma in English', () => {
    expect(formatNumber(1706, 'vi')).toBe('1.706');
    expect(formatNumber(1706, 'en')).toBe('1,706');
    expect(formatNumber(86000000, 'vi')).toBe('86.000.000');
  });
  it('writes the decimal separator per language and keeps published digits', () => {
    expect(formatNumber(0.8002, 'vi')).toBe('0,8002');
    expect(formatNumber(0.727, 'en')).toBe('0.727');
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5');
  });
  it('honours digit options and writes a plain minus', () => {
    expect(formatNumber(2 / 3, 'en', { maxDigits: 1 })).toBe('0.7');
    expect(formatNumber(5, 'vi', { minDigits: 2 })).toBe('5,00');
    expect(formatNumber(-3.5, 'vi')).toBe('-3,5');
  });
  it('refuses NaN and infinity rather than printing them', () => {
    expect(() => formatNumber(Number.NaN, 'vi')).toThrow(/not a finite number/);
    expect(() => formatNumber(Infinity, 'en')).toThrow(/not a finite number/);
  });
});

describe('formatPercent', () => {
  it('writes 62,5% and 62.5%', () => {
    expect(formatPercent(62.5, 'vi')).toBe('62,5%');
    expect(formatPercent(62.5, 'en')).toBe('62.5%');
    expect(formatPercent(100, 'vi')).toBe('100%');
  });
});
