import { describe, expect, it } from 'vitest';
import { defaultPicks, lineModel, sameTerritory } from './line.ts';
import { CTX, syntheticData } from './synthetic.test-helpers.ts';
import type { IndicatorView } from './view.ts';

const data = syntheticData();
const view: IndicatorView = { indicator: 'test_share', vintage: 'VN63', period: '2022', tab: 'chart', picks: [] };

describe('lineModel', () => {
  it('picks by default the longest series, then the whole country where it is published', () => {
    expect(defaultPicks(data, 'VN63')).toEqual(['01', '02', '04', 'VN']);
    const m = lineModel(data, view, 'vi', CTX);
    expect(m.series.map((s) => s.kind)).toEqual(['province', 'province', 'province', 'national']);
    expect(m.context.map((p) => p.geo).sort()).toEqual(['03', '05', '05']);
  });
  it('labels each series at its end with its last value and qualifier', () => {
    const m = lineModel(data, { ...view, picks: ['02'] }, 'vi', CTX);
    expect(m.series[0].label).toBe('Tỉnh 02 > 70%');
  });
  it('sums each series up with its periods written as the page writes them, in its language', () => {
    expect(lineModel(data, { ...view, picks: ['02'] }, 'vi', CTX).summary).toBe('Tỉnh 02: năm 2020 55%, năm 2022 > 70%.');
    expect(lineModel(data, { ...view, picks: ['02'] }, 'en', CTX).summary).toBe('Province 02: 2020 55%, 2022 > 70%.');
  });
  it('crosses the merger only for the same territory, says so, and draws the seam', () => {
    expect(sameTerritory(data, 'VN63', '01')).toBe('01');
    expect(sameTerritory(data, 'VN63', '02')).toBeNull();
    expect(sameTerritory(data, 'VN34', '02')).toBeNull();
    const m = lineModel(data, { ...view, picks: ['01', '02'] }, 'vi', CTX);
    const one = m.series.find((s) => s.key === '01');
    expect(one?.points.map((p) => [p.period, p.across])).toEqual([['2020', false], ['2022', false], ['2025', true]]);
    expect(one?.note).toContain('Tỉnh mới 01');
    const two = m.series.find((s) => s.key === '02');
    expect(two?.points.some((p) => p.across)).toBe(false);
    expect(two?.note).toBe('');
    expect(m.seam).toBe('2025-07-01');
  });
  it('shows an honest median only when no national series is shown', () => {
    const m = lineModel(data, { ...view, picks: ['01'] }, 'vi', CTX);
    // one period with a median is no line
    expect(m.series.map((s) => s.kind)).toEqual(['province']);
  });
  it('writes the CSV of the drawn series, with the vintage of each figure', () => {
    const m = lineModel(data, { ...view, picks: ['01'] }, 'en', CTX);
    expect(m.csv.rows.map((r) => [r[1], r[4], r[5]])).toEqual([['VN63', '2020', 40], ['VN63', '2022', 60], ['VN34', '2025', 80]]);
    expect(m.fileBase).toBe('test-share-trend-vn63-01');
  });
});
