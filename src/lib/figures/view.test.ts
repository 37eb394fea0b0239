import { describe, expect, it } from 'vitest';
import { syntheticData } from './synthetic.test-helpers.ts';
import { fig } from './synthetic.test-helpers.ts';
import { mainVintageOf, nearestPeriod, openingPeriod, periodsIn, readView, settle, writeView, type IndicatorView } from './view.ts';

const fallback: IndicatorView = { indicator: 'dti_rank', vintage: 'VN63', period: '2022', tab: 'map', picks: [] };

describe('the view in the URL', () => {
  it('round-trips every part and keeps other parameters', () => {
    const view: IndicatorView = { indicator: 'egov_index_score', vintage: 'VN34', period: '2019-Q3', tab: 'chart', picks: ['01', 'VN', '79'] };
    const search = writeView('?embed=1&chart=x', view);
    expect(search).toContain('embed=1');
    expect(search).toContain('p=01,VN,79');
    expect(readView(search, fallback)).toEqual(view);
  });
  it('falls back on anything malformed or unknown', () => {
    expect(readView('?indicator=<script>&vintage=VN99&period=20x&tab=evil&p=xx', fallback)).toEqual(fallback);
    expect(readView('', fallback)).toEqual(fallback);
    expect(readView('?vintage=vn34', fallback).vintage).toBe('VN34');
    expect(readView('?indicator=no_such', fallback, new Set(['dti_rank'])).indicator).toBe('dti_rank');
  });
  it('drops duplicate picks and caps them', () => {
    expect(readView('?p=01,01,02', fallback).picks).toEqual(['01', '02']);
    expect(readView(`?p=${Array.from({ length: 20 }, (_, i) => String(i + 10)).join(',')}`, fallback).picks).toHaveLength(8);
  });
});

describe('nearestPeriod', () => {
  it('keeps a period that has figures, else takes the nearest (the later on a tie)', () => {
    expect(nearestPeriod(['2019', '2020', '2022'], '2020')).toBe('2020');
    expect(nearestPeriod(['2019', '2022'], '2021')).toBe('2022');
    expect(nearestPeriod(['2019', '2023'], '2021')).toBe('2023');
    expect(nearestPeriod(['2022'], '2019')).toBe('2022');
    expect(nearestPeriod(['2024-Q1', '2025-Q3'], '2025')).toBe('2025-Q3');
    expect(nearestPeriod([], '2019')).toBeNull();
  });
});

describe('settle', () => {
  const data = syntheticData();
  it('moves the period to one the chosen map has figures for, keeping the map', () => {
    const v = settle({ ...fallback, indicator: 'test_share', vintage: 'VN34', period: '2022' }, data.figures, fallback);
    expect(v.vintage).toBe('VN34');
    expect(v.period).toBe('2025');
    expect(v.picks).toEqual([]);
  });
  it('opens an indicator with no figure on the chosen map on the map that has them', () => {
    const only34 = data.figures.filter((f) => f.vintage === 'VN34');
    const v = settle({ ...fallback, indicator: 'test_share', vintage: 'VN63', period: '2022', picks: ['01'] }, only34, { ...fallback, picks: ['01'] });
    expect([v.vintage, v.period, v.picks]).toEqual(['VN34', '2025', []]);
    // with figures on neither map, the view stays as asked
    expect(settle({ ...fallback, vintage: 'VN63' }, [], fallback).vintage).toBe('VN63');
  });
  it('lists periods oldest first and picks the vintage with more figures', () => {
    expect(periodsIn(data.figures, 'VN63')).toEqual(['2020', '2022']);
    expect(mainVintageOf(data.figures)).toBe('VN63');
  });
  it('opens on the latest period that covers half the map, not on a press note naming a few provinces', () => {
    const ranking = Array.from({ length: 40 }, (_, k) => fig({ vintage: 'VN63', geo: String(k + 1).padStart(2, '0'), period: '2022', value: k + 1 }));
    const note = [fig({ vintage: 'VN63', geo: '01', period: '2024', value: 3 }), fig({ vintage: 'VN63', geo: '79', period: '2024', value: 1 })];
    expect(openingPeriod([...ranking, ...note], 'VN63')).toBe('2022');
    // the same province counted once, however many rows it has in a period
    const repeated = Array.from({ length: 40 }, () => fig({ vintage: 'VN63', geo: '01', period: '2025', value: 1 }));
    expect(openingPeriod([...ranking, ...repeated], 'VN63')).toBe('2022');
    // with no period covering half the map, the latest
    expect(openingPeriod(note, 'VN63')).toBe('2024');
    expect(openingPeriod(note, 'VN34')).toBe('');
  });
});
