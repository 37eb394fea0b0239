import { describe, expect, it } from 'vitest';
import { slug, sourceLine, sourcesOf, viewTitle } from './common.ts';
import { figureData, sourceIds } from './data.ts';
import { syntheticData } from './synthetic.test-helpers.ts';

const data = syntheticData();

describe('common figure text', () => {
  it('makes ASCII download names from Vietnamese words', () => {
    expect(slug('dti_rank', '2022', 'VN63')).toBe('dti-rank-2022-vn63');
    expect(slug('Xếp hạng Đà Nẵng')).toBe('xep-hang-da-nang');
    expect(slug('***')).toBe('figure');
  });
  it('splits a derived figure into its members\' sources and keeps an unknown id visible', () => {
    expect(sourceIds('src-a+src-b')).toEqual(['src-a', 'src-b']);
    expect(sourcesOf(data, [{ source: 'nope' }])[0].publisher).toBe('nope');
    expect(sourceLine(data, [], 'en')).toBe('Source: —');
  });
  it('titles a view without a period by the indicator alone', () => {
    expect(viewTitle(data, '', 'VN63', 'vi')).toBe('Tỷ lệ thử');
  });
  it('keeps only the sources an indicator uses', () => {
    const d = figureData(data.indicator, data.units, [...data.sources, { id: 'unused', publisher: 'x', title: 'y', date: '', url: '' }], data.crosswalk, data.figures);
    expect(d.sources.map((s) => s.id)).toEqual(['src-a', 'src-b']);
  });
});
