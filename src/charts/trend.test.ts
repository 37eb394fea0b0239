import { describe, expect, it } from 'vitest';
import { syntheticTrend, testDocument } from './fixtures.ts';
import { SERIES } from './palette.ts';
import { checkSnapshot } from './test-snapshot.ts';
import { trendChart, trendSeries } from './trend.ts';

const rows = syntheticTrend(6);

describe('trendSeries', () => {
  it('groups by province and sorts by period end', () => {
    const series = trendSeries([...rows].reverse());
    expect(series.size).toBe(6);
    for (const list of series.values()) expect(list.map((r) => r.period)).toEqual(['2017', '2019', '2020', '2022']);
  });
});

describe('trendChart', () => {
  const svg = trendChart(rows, {
    lang: 'vi',
    unit: 'percent',
    direction: 'higher_better',
    document: testDocument(),
    highlight: ['02', '05'],
    medians: ['2017', '2019', '2020', '2022'].map((p) => ({ period: p, period_end: `${p}-12-31`, median: 50 })),
  });
  it('draws highlighted provinces in series colours and labels their last value', () => {
    const paths = [...svg.querySelectorAll('path')].map((p) => p.getAttribute('stroke'));
    expect(paths).toContain(SERIES[0]);
    expect(paths).toContain(SERIES[1]);
    const labels = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(labels.filter((l) => l.startsWith('Tỉnh 02 '))).toHaveLength(1);
    expect(labels).toContain('2019');
  });
  it('matches its snapshot', () => {
    const result = checkSnapshot(import.meta.dirname, 'trend-percent', svg.outerHTML);
    expect(result.ok, result.message).toBe(true);
  });
});
