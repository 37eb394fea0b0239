import { describe, expect, it } from 'vitest';
import { derivedText, medianLabel, rankText } from './stats.ts';

const names: Record<string, string> = { '01': 'Hà Nội', '02': 'Hà Giang', '08': 'Tuyên Quang' };
const nameOf = (c: string): string => names[c] ?? c;

describe('rankText', () => {
  it('shows nothing without a rank', () => {
    expect(rankText({ rank: null, rank_n: null }, 'vi')).toBeNull();
  });
  it('words a published or complete rank as rank of n', () => {
    expect(rankText({ rank: 25, rank_n: 63, rank_basis: 'published' }, 'vi')).toBe('hạng 25/63');
    expect(rankText({ rank: 25, rank_n: 63, rank_basis: 'complete' }, 'en')).toBe('rank 25 of 63');
  });
  it('says "among N with a published figure" for a partial set, never "6/6"', () => {
    expect(rankText({ rank: 6, rank_n: 6, rank_basis: 'partial' }, 'en')).toBe('rank 6 among 6 with a published figure');
    expect(rankText({ rank: 6, rank_n: 6, rank_basis: 'partial' }, 'vi')).toBe('hạng 6 trong 6 tỉnh có số liệu công bố');
  });
  it('marks the rank of an approximate value', () => {
    expect(rankText({ rank: 1, rank_n: 63, rank_basis: 'complete', rank_approx: true }, 'vi')).toBe('≈ hạng 1/63');
  });
});

describe('derivedText', () => {
  it('is null for a published figure', () => {
    expect(derivedText({ derived: false, members: '' }, 'en', nameOf)).toBeNull();
  });
  it('names the method and the members', () => {
    expect(derivedText({ derived: true, members: '01', derived_method: 'carried_over' }, 'en', nameOf)).toBe(
      'Carried over unchanged from Hà Nội (01), whose territory did not change',
    );
    expect(derivedText({ derived: true, members: '02+08', derived_method: 'sum' }, 'en', nameOf)).toBe(
      'Sum of the counts of 2 former provinces: Hà Giang (02), Tuyên Quang (08)',
    );
    expect(derivedText({ derived: true, members: '02+08', derived_method: 'ratio' }, 'vi', nameOf)).toBe(
      'Tỷ lệ tính từ tổng tử số và tổng mẫu số của 2 tỉnh cũ: Hà Giang (02), Tuyên Quang (08)',
    );
  });
});

describe('medianLabel', () => {
  it('is null without a median', () => {
    expect(medianLabel({ median: null, median_n: null }, 'en')).toBeNull();
  });
  it('says whose median it is', () => {
    expect(medianLabel({ median: 0.5, median_n: 63, median_basis: 'complete' }, 'en')).toBe('national median');
    expect(medianLabel({ median: 0.5, median_n: 12, median_basis: 'published_only' }, 'en')).toBe('median of the 12 published');
    expect(medianLabel({ median: 0.5, median_n: 53, median_basis: 'below_known' }, 'vi')).toMatch(/^trung vị cả nước \(/);
  });
  it('says how a below_known median was found: the value at rank 32 of 63, 10 missing', () => {
    expect(medianLabel({ median: 0.5, median_n: 53, median_basis: 'below_known', median_units: 63, median_rank: 32 }, 'en')).toBe(
      'national median: the value at rank 32 of 63 in the published ranking (the 10 without a figure all rank below every published one)',
    );
    expect(medianLabel({ median: 0.5, median_n: 20, median_basis: 'below_known', median_units: 34, median_rank: 17 }, 'vi')).toBe(
      'trung vị cả nước: trung bình các giá trị ở hạng 17 và 18/34 của bảng xếp hạng đã công bố (14 tỉnh không có số liệu đều xếp sau mọi tỉnh đã công bố)',
    );
  });
});
