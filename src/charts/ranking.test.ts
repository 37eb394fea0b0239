import { describe, expect, it } from 'vitest';
import { formatValue } from '../lib/format/value.ts';
import { median, syntheticRows, testDocument } from './fixtures.ts';
import { BETTER, HIGHLIGHT, WORSE } from './palette.ts';
import { rankingChart, sortRanking } from './ranking.ts';
import { checkSnapshot } from './test-snapshot.ts';

const rows = syntheticRows(12);
const med = median(rows.map((r) => r.value));

describe('sortRanking', () => {
  it('puts the best first by direction', () => {
    const high = sortRanking(rows, 'higher_better').map((r) => r.value);
    expect(high).toEqual([...high].sort((a, b) => b - a));
    const low = sortRanking(rows, 'lower_better').map((r) => r.value);
    expect(low).toEqual([...low].sort((a, b) => a - b));
  });
});

describe('rankingChart', () => {
  const svg = rankingChart(rows, { lang: 'vi', unit: 'percent', direction: 'higher_better', median: med, document: testDocument(), title: 'Xếp hạng thử', highlight: ['07'] });

  it('draws one bar per province, coloured by side of the median, the highlight apart', () => {
    const bars = [...svg.querySelectorAll('rect')];
    expect(bars).toHaveLength(rows.length);
    const fills = bars.map((b) => b.getAttribute('fill'));
    const expected = sortRanking(rows, 'higher_better').map((r) => (r.geo === '07' ? HIGHLIGHT : r.value > med ? BETTER : r.value < med ? WORSE : '#5f6b7a'));
    expect(fills).toEqual(expected);
  });

  it('labels bars with formatted values, qualifiers kept, and marks the median', () => {
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    const atLeast = rows.find((r) => r.qualifier === 'at_least');
    expect(texts).toContain(formatValue(atLeast?.value ?? 0, 'percent', 'at_least', 'vi'));
    expect(texts.some((t) => t?.startsWith('> '))).toBe(true);
    expect(texts).toContain(`trung vị: ${formatValue(med, 'percent', '', 'vi')}`);
    expect(texts).toContain('Tỉnh 05 *');
  });

  it('has no inline style element and an accessible title', () => {
    expect(svg.querySelector('style')).toBeNull();
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title')?.textContent).toBe('Xếp hạng thử');
  });

  it('escapes hostile names as text', () => {
    const hostile = rankingChart([{ ...rows[0], name: '<script>alert(1)</script><img onerror=x>' }], { lang: 'en', unit: 'count', direction: 'neutral', median: null, document: testDocument() });
    expect(hostile.outerHTML).not.toContain('<script>');
    expect(hostile.outerHTML).not.toContain('<img');
    expect(hostile.querySelectorAll('script')).toHaveLength(0);
  });

  it('matches its snapshot', () => {
    const result = checkSnapshot(import.meta.dirname, 'ranking-percent', svg.outerHTML);
    expect(result.ok, result.message).toBe(true);
  });

  it('draws ranks as dots, rank 1 first', () => {
    const ranks = rows.map((r, i) => ({ ...r, value: i + 1, qualifier: '' as const }));
    const dots = rankingChart(ranks, { lang: 'en', unit: 'rank', direction: 'lower_better', median: 6.5, document: testDocument() });
    expect(dots.querySelectorAll('circle')).toHaveLength(12);
    expect(dots.querySelectorAll('rect')).toHaveLength(0);
    const result = checkSnapshot(import.meta.dirname, 'ranking-rank', dots.outerHTML);
    expect(result.ok, result.message).toBe(true);
  });
});
