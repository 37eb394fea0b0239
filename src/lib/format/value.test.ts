import { describe, expect, it } from 'vitest';
import { formatAmount, formatRange, formatRank, formatValue, noData, qualifierSign, unitLabel } from './value.ts';

describe('formatValue', () => {
  it('shows a lower bound as "> 9.000", never as a plain 9.000', () => {
    expect(formatValue(9000, 'count', 'at_least', 'vi')).toBe('> 9.000');
    expect(formatValue(9000, 'count', 'at_least', 'en')).toBe('> 9,000');
  });
  it('shows approx and near with ≈ and at_most with <', () => {
    expect(formatValue(18, 'percent', 'approx', 'vi')).toBe('≈ 18%');
    expect(formatValue(18, 'percent', 'near', 'en')).toBe('≈ 18%');
    expect(formatValue(5, 'count', 'at_most', 'vi')).toBe('< 5');
  });
  it('writes exact values without a sign', () => {
    expect(formatValue(62.5, 'percent', '', 'vi')).toBe('62,5%');
    expect(formatValue(0.727, 'score', '', 'vi')).toBe('0,727');
  });
  it('says "no data" for null instead of 0', () => {
    expect(formatValue(null, 'percent', '', 'vi')).toBe('Không có số liệu');
    expect(formatValue(null, 'count', '', 'en')).toBe(noData('en'));
    expect(noData('en')).toBe('No data');
  });
});

describe('units', () => {
  it('writes money in billions of dong per language', () => {
    expect(formatAmount(60, 'vnd_billion', 'vi')).toBe('60 tỷ đồng');
    expect(formatAmount(1250.5, 'vnd_billion', 'en')).toBe('VND 1,250.5 billion');
    expect(unitLabel('vnd_billion', 'en')).toBe('VND billion');
  });
  it('writes points and ranks', () => {
    expect(formatAmount(12.5, 'points', 'vi')).toBe('12,5 điểm');
    expect(formatAmount(3, 'rank', 'en')).toBe('rank 3');
    expect(formatRank(3, 63, 'vi')).toBe('hạng 3/63');
    expect(formatRank(15, 63, 'en')).toBe('rank 15 of 63');
  });
  it('rejects impossible ranks and unknown qualifiers', () => {
    expect(() => formatRank(0, 63, 'vi')).toThrow(/invalid rank/);
    expect(() => formatRank(64, 63, 'vi')).toThrow(/invalid rank/);
    expect(() => qualifierSign('nearly' as never)).toThrow(/unknown qualifier/);
  });
});

describe('formatRange', () => {
  it('shows "từ 20-40 điểm" as 20–40, never as "> 20" and "< 40"', () => {
    expect(formatRange(20, 40, 'points', 'vi')).toBe('20–40 điểm');
    expect(formatRange(20, 40, 'points', 'en')).toBe('20–40 points');
    expect(formatRange(12.5, 62.5, 'percent', 'vi')).toBe('12,5–62,5%');
    expect(formatRange(1000, 2500, 'count', 'en')).toBe('1,000–2,500');
    expect(formatRange(20, 60, 'vnd_billion', 'en')).toBe('VND 20–60 billion');
    expect(formatRange(20, 60, 'vnd_billion', 'vi')).toBe('20–60 tỷ đồng');
  });
  it('refuses an inverted range', () => {
    expect(() => formatRange(40, 20, 'points', 'vi')).toThrow(/invalid range/);
  });
});
