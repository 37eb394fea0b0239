import { describe, expect, it } from 'vitest';
import { periodsIn } from '../figures/view.ts';
import { belowMedian, chartRows, formedFrom, mainVintage, mergedInto, pairRanges, provinceFlags } from './model.ts';
import type { Figure, SiteEvent } from './types.ts';

const fig = (over: Partial<Figure>): Figure => ({
  indicator: 'a', vintage: 'VN63', geo: '01', period: '2019', period_start: '2019-01-01', period_end: '2019-12-31', value: 1, qualifier: '',
  numerator: null, denominator: null, source: 's', quote: 'q', derived: false, members: '', rank: null, rank_n: null, median: null, median_n: 63, median_basis: 'complete', ...over,
});
const crosswalk = [
  { vn63_code: '02', vn34_code: '08', effective: '2025-07-01' },
  { vn63_code: '08', vn34_code: '08', effective: '2025-07-01' },
  { vn63_code: '01', vn34_code: '01', effective: '2025-07-01' },
];

describe('merger relations', () => {
  it('go both ways', () => {
    expect(mergedInto(crosswalk, '02')).toBe('08');
    expect(formedFrom(crosswalk, '08')).toEqual(['02', '08']);
    expect(formedFrom(crosswalk, '01')).toEqual(['01']);
    expect(() => mergedInto(crosswalk, '99')).toThrow(/no crosswalk row/);
  });
});

describe('belowMedian', () => {
  it('flags only against a national median (complete or below_known), never the median of the published', () => {
    expect(belowMedian({ value: 10, qualifier: '', median: 20, median_basis: 'complete' }, 'higher_better')).toBe(true);
    // egov 2017: 53 published of 63, the median at rank 32: ranks 28–31 are above it, not below
    expect(belowMedian({ value: 0.6, qualifier: '', median: 0.58, median_basis: 'below_known' }, 'higher_better')).toBe(false);
    expect(belowMedian({ value: 0.5, qualifier: '', median: 0.58, median_basis: 'below_known' }, 'higher_better')).toBe(true);
    // a median of 6 published (the top of a ranking) is no national yardstick
    expect(belowMedian({ value: 10, qualifier: '', median: 20, median_basis: 'published_only' }, 'higher_better')).toBeNull();
    expect(belowMedian({ value: 10, qualifier: '', median: 20, median_basis: null }, 'higher_better')).toBeNull();
    expect(belowMedian({ value: 3, qualifier: '', median: 10, median_basis: 'complete' }, 'lower_better')).toBe(false);
    expect(belowMedian({ value: 30, qualifier: '', median: 10, median_basis: 'complete' }, 'lower_better')).toBe(true);
    expect(belowMedian({ value: 10, qualifier: 'at_least', median: 20, median_basis: 'complete' }, 'higher_better')).toBeNull();
    expect(belowMedian({ value: 10, qualifier: '', median: null, median_basis: 'complete' }, 'higher_better')).toBeNull();
    expect(belowMedian({ value: 10, qualifier: '', median: 20, median_basis: 'complete' }, 'neutral')).toBeNull();
  });
});

describe('pairRanges', () => {
  const r = (breakdown: string, value: number, subunit = 'các địa phương còn lại') => ({ indicator: 'pts', vintage: 'VN63', geo: '52', subunit, breakdown, period: '2017', value });
  it('shows "từ 20-40 điểm" as one row 20–40, and leaves other rows alone', () => {
    const out = pairRanges([r('range_min', 20), r('range_max', 40), r('', 100, 'UBND TP Quy Nhơn')]);
    expect(out.map((o) => [o.row.value, o.max])).toEqual([[20, 40], [100, null]]);
  });
  it('keeps a lone bound as it is', () => {
    expect(pairRanges([r('range_max', 40)]).map((o) => [o.row.breakdown, o.max])).toEqual([['range_max', null]]);
  });
});

describe('periods, rows and flags', () => {
  const figures = [
    fig({ geo: '01', value: 5, median: 7, period: '2020', period_end: '2020-12-31' }),
    fig({ geo: '02', value: 9, median: 7, period: '2020', period_end: '2020-12-31' }),
    fig({ geo: '01', value: 4, median: 6 }),
    fig({ geo: 'VN', value: 100 }),
  ];
  it('orders periods and builds chart rows without the country', () => {
    expect(periodsIn(figures, 'VN63')).toEqual(['2019', '2020']);
    expect(chartRows(figures, 'VN63', '2020', new Map([['01', 'Hà Nội']])).map((r) => r.name)).toEqual(['Hà Nội', '02']);
    expect(mainVintage({ n_vn63: 3, n_vn34: 3 })).toBe('VN63');
  });
  it('flags the latest period below median, missing indicators, zero level-4 dossiers and missed deadlines', () => {
    const own = [figures[0], figures[2], fig({ indicator: 'online_dossiers_level4_count', value: 0 })];
    const all = [...figures, fig({ indicator: 'b', geo: '02' }), ...own];
    const events = [{ id: 'e1', status: 'missed', date: '2019-12-31' } as SiteEvent, { id: 'e2', status: 'met', date: '2019' } as SiteEvent];
    const flags = provinceFlags(own, all, [{ id: 'a', direction: 'higher_better' }], events, 'VN63');
    expect(flags).toEqual([
      { kind: 'belowMedian', indicator: 'a', period: '2020' },
      { kind: 'noLevel4', indicator: 'online_dossiers_level4_count', period: '2019' },
      { kind: 'noData', indicator: 'b' },
      { kind: 'missed', event: 'e1', period: '2019-12-31' },
    ]);
  });
});
