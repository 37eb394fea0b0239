import { describe, expect, it } from 'vitest';
import { stripChart } from './compare.ts';
import { median, syntheticRows, testDocument } from './fixtures.ts';
import { SERIES } from './palette.ts';
import { checkSnapshot } from './test-snapshot.ts';

describe('stripChart', () => {
  const rows = syntheticRows(20, 7);
  const svg = stripChart(rows, { lang: 'en', unit: 'percent', direction: 'higher_better', median: median(rows.map((r) => r.value)), document: testDocument(), highlight: ['03', '11', '19'] });
  it('draws every province, the chosen ones in order of choice with labels', () => {
    const circles = [...svg.querySelectorAll('circle')];
    expect(circles).toHaveLength(20);
    const coloured = circles.map((c) => c.getAttribute('fill')).filter((f) => (SERIES as readonly string[]).includes(f ?? ''));
    expect(coloured).toEqual([SERIES[0], SERIES[1], SERIES[2]]);
    const labels = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(labels.some((l) => l.startsWith('Tỉnh 03: > '))).toBe(true);
  });
  it('matches its snapshot', () => {
    const result = checkSnapshot(import.meta.dirname, 'strip-percent', svg.outerHTML);
    expect(result.ok, result.message).toBe(true);
  });
});

describe('stripChart colours', () => {
  it('keeps each province the colour of its place in the selection, even when one lacks a figure', () => {
    const rows = syntheticRows(10, 3).filter((r) => r.geo !== '01');
    const svg = stripChart(rows, { lang: 'vi', unit: 'count', direction: 'higher_better', median: null, document: testDocument(), highlight: ['01', '05'] });
    const coloured = [...svg.querySelectorAll('circle')].map((c) => c.getAttribute('fill')).filter((f) => (SERIES as readonly string[]).includes(f ?? ''));
    expect(coloured).toEqual([SERIES[1]]);
  });

  it('keeps labels inside the chart: anchored inward at the edges', () => {
    const rows = syntheticRows(10, 3);
    const values = rows.map((r) => r.value);
    const lowest = rows[values.indexOf(Math.min(...values))]?.geo as string;
    const highest = rows[values.indexOf(Math.max(...values))]?.geo as string;
    const svg = stripChart(rows, { lang: 'vi', unit: 'count', direction: 'higher_better', median: null, document: testDocument(), highlight: [lowest, highest] });
    const anchors = [...svg.querySelectorAll('g[text-anchor]')].map((g) => g.getAttribute('text-anchor'));
    expect(anchors).toEqual(expect.arrayContaining(['start', 'end']));
  });
});
