import { describe, expect, it } from 'vitest';
import type { Crosswalk, Figure, IndicatorInfo, Unit } from '../types.ts';
import { changeWords, namesake, provinceSummary } from './province.ts';

const info = (id: string, over: Partial<IndicatorInfo> = {}): IndicatorInfo => ({
  id, name_vi: id, name_en: id, definition_vi: '', definition_en: '', unit: 'percent', direction: 'higher_better', aggregation: 'none',
  scheme: '', legal_basis: '', legal_basis_en: '', legal_basis_url: '', note_vi: '', note_en: '', n_vn63: 0, n_vn34: 0, n_national: 0, n_observations: 0, ...over,
});
const fig = (indicator: string, period: string, value: number, over: Partial<Figure> = {}): Figure => ({
  indicator, vintage: 'VN63', geo: '27', period, period_start: `${period.slice(0, 4)}-01-01`, period_end: `${period.slice(0, 4)}-12-31`, value,
  qualifier: '', numerator: null, denominator: null, source: 's', quote: 'q', derived: false, members: '', rank: null, rank_n: null,
  median: null, median_n: null, ...over,
});

describe('provinceSummary', () => {
  const indicators = [info('a'), info('b', { unit: 'rank', direction: 'lower_better' }), info('c'), info('d'), info('e')];
  const own = [
    fig('a', '2020', 40), fig('a', '2022', 52.5), fig('a', '2019-Q3', 10, { period_end: '2019-09-30' }),
    fig('b', '2021', 5), fig('b', '2022', 3),
    fig('c', '2022', 9, { qualifier: 'at_least' }), fig('c', '2020', 7),
    fig('e', '2022', 1),
  ];
  const summary = provinceSummary(own, new Set(['a', 'b', 'c', 'd', 'e']), indicators, 'VN63');

  it('takes the latest figure and the previous one of the same kind of period', () => {
    const a = summary.rows.find((r) => r.indicator.id === 'a');
    expect([a?.latest.period, a?.previous?.period, a?.change]).toEqual(['2022', '2020', 12.5]);
    expect(summary.rows.find((r) => r.indicator.id === 'b')?.change).toBe(-2);
    expect(summary.rows.find((r) => r.indicator.id === 'e')?.previous).toBeNull();
  });
  it('says no change for a bound', () => {
    const c = summary.rows.find((r) => r.indicator.id === 'c');
    expect([c?.previous?.period, c?.change]).toEqual(['2020', null]);
  });
  it('counts the indicators without a figure here, once', () => {
    expect(summary.noData).toEqual(['d']);
    expect(summary.rows.map((r) => r.indicator.id)).toEqual(['a', 'b', 'c', 'e']);
  });
});

describe('changeWords', () => {
  it('words a change by unit and direction', () => {
    expect(changeWords(12.5, 'percent', 'higher_better', 'vi')).toBe('+12,5 điểm %');
    expect(changeWords(-1.25, 'percent', 'higher_better', 'en')).toBe('−1.25 pp');
    expect(changeWords(-2, 'rank', 'lower_better', 'vi')).toBe('lên 2 bậc');
    expect(changeWords(1, 'rank', 'lower_better', 'en')).toBe('down 1 place');
    expect(changeWords(0, 'count', 'higher_better', 'en')).toBe('no change');
    expect(changeWords(1200, 'count', 'higher_better', 'vi')).toBe('+1.200');
  });
});

describe('namesake', () => {
  const units: Unit[] = [
    { vintage: 'VN63', code: '24', name_vi: 'Bắc Giang', name_en: 'Bac Giang', type: 'province' },
    { vintage: 'VN63', code: '27', name_vi: 'Bắc Ninh', name_en: 'Bac Ninh', type: 'province' },
    { vintage: 'VN63', code: '04', name_vi: 'Cao Bằng', name_en: 'Cao Bang', type: 'province' },
    { vintage: 'VN34', code: '24', name_vi: 'Bắc Ninh', name_en: 'Bac Ninh', type: 'province' },
    { vintage: 'VN34', code: '04', name_vi: 'Cao Bằng', name_en: 'Cao Bang', type: 'province' },
  ];
  const crosswalk: Crosswalk[] = [
    { vn63_code: '24', vn34_code: '24', effective: '2025-07-01' },
    { vn63_code: '27', vn34_code: '24', effective: '2025-07-01' },
    { vn63_code: '04', vn34_code: '04', effective: '2025-07-01' },
  ];
  it('points each Bắc Ninh to the other, and leaves an unchanged province alone', () => {
    expect(namesake(units, crosswalk, 'VN63', '27')).toEqual({ vintage: 'VN34', code: '24' });
    expect(namesake(units, crosswalk, 'VN34', '24')).toEqual({ vintage: 'VN63', code: '27' });
    expect(namesake(units, crosswalk, 'VN63', '24')).toBeNull();
    expect(namesake(units, crosswalk, 'VN63', '04')).toBeNull();
  });
});
