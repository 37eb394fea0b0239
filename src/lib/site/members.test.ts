import { describe, expect, it } from 'vitest';
import { membersBefore } from './members.ts';
import type { Figure } from './types.ts';

const fig = (indicator: string, geo: string, period: string, value: number, over: Partial<Figure> = {}): Figure => ({
  indicator, vintage: 'VN63', geo, period, period_start: `${period}-01-01`, period_end: `${period}-12-31`, value, qualifier: '',
  numerator: null, denominator: null, source: 's', quote: 'q', derived: false, members: '', rank: null, rank_n: null, median: null, median_n: null, ...over,
});

describe('membersBefore', () => {
  it('takes the latest period any member has, and says no data for the others', () => {
    const rows = membersBefore(
      [fig('score', '35', '2017', 0.5), fig('score', '36', '2017', 0.6), fig('score', '36', '2022', 0.7), fig('rank', '37', '2017', 12), fig('score', '01', '2022', 0.9)],
      ['35', '36', '37'],
    );
    expect(rows.map((r) => [r.indicator, r.period, r.cells.map((c) => c?.value ?? null)])).toEqual([
      ['rank', '2017', [null, null, 12]],
      ['score', '2022', [null, 0.7, null]],
    ]);
  });

  it('ignores derived and VN34 rows', () => {
    expect(membersBefore([fig('a', '35', '2019', 1, { derived: true }), fig('a', '35', '2019', 1, { vintage: 'VN34' })], ['35'])).toEqual([]);
  });
});
