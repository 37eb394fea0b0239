import { describe, expect, it } from 'vitest';
import { compareGroups } from './compare.ts';
import type { Figure } from './types.ts';

const fig = (indicator: string, vintage: 'VN63' | 'VN34', geo: string, period: string, value: number): Figure => ({
  indicator, vintage, geo, period, period_start: `${period}-01-01`, period_end: `${period}-12-31`, value, qualifier: '', numerator: null, denominator: null,
  source: 's', quote: 'q', derived: false, members: '', rank: null, rank_n: null, median: null, median_n: null,
});

describe('compareGroups', () => {
  const figures = [
    fig('a', 'VN63', '01', '2017', 1), fig('a', 'VN63', '02', '2017', 2), fig('a', 'VN63', '03', '2017', 3),
    fig('a', 'VN63', '01', '2019', 4), fig('a', 'VN63', '03', '2019', 5),
    fig('b', 'VN63', '03', '2022', 6), fig('b', 'VN34', '01', '2022', 7), fig('a', 'VN63', 'VN', '2019', 9),
  ];
  it('takes the latest period with a chosen province and keeps every province of it as context', () => {
    const groups = compareGroups(figures, [{ vintage: 'VN63', code: '02' }, { vintage: 'VN63', code: '01' }]);
    expect(groups.map((g) => `${g.indicator}:${g.period}`)).toEqual(['a:2019']);
    expect(groups[0].figures.map((f) => f.geo)).toEqual(['01', '03']);
    expect(groups[0].highlight).toEqual(['01']);
    expect(groups[0].missing).toEqual(['02']);
    // colours follow the order of choice in every strip, whoever lacks a figure there
    expect(groups[0].selected).toEqual(['02', '01']);
  });
  it('keeps vintages apart', () => {
    const groups = compareGroups(figures, [{ vintage: 'VN34', code: '01' }, { vintage: 'VN63', code: '03' }]);
    expect(groups.map((g) => `${g.vintage}:${g.indicator}:${g.highlight.join()}`)).toEqual(['VN63:a:03', 'VN63:b:03', 'VN34:b:01']);
  });
});
