import { describe, expect, it } from 'vitest';
import { seeded } from '../lib/random.ts';
import { binLabels, binOf, makeBins, roundNice } from './bins.ts';

describe('makeBins', () => {
  const rand = seeded(3);
  const values = Array.from({ length: 63 }, () => Math.round(rand() * 1000) / 10);

  it('makes up to five ascending bins of roughly equal counts', () => {
    const bins = makeBins(values, 'higher_better');
    expect(bins.colours).toHaveLength(bins.thresholds.length + 1);
    expect(bins.colours.length).toBe(5);
    for (let i = 1; i < bins.thresholds.length; i++) expect(bins.thresholds[i]).toBeGreaterThan(bins.thresholds[i - 1]);
    const counts = bins.colours.map((_, i) => values.filter((v) => binOf(v, bins) === i).length);
    for (const c of counts) expect(c).toBeGreaterThanOrEqual(6);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(63);
  });

  it('never makes more bins than distinct values, nor empty ones', () => {
    const bins = makeBins([1, 1, 2, 2, 3], 'neutral');
    expect(bins.colours.length).toBeLessThanOrEqual(3);
    for (let i = 0; i < bins.colours.length; i++) expect([1, 1, 2, 2, 3].some((v) => binOf(v, bins) === i)).toBe(true);
    expect(makeBins([], 'neutral').colours).toEqual([]);
    expect(makeBins([7], 'neutral').colours).toHaveLength(1);
  });

  it('gives the darkest colour to the best values by direction', () => {
    const high = makeBins(values, 'higher_better');
    const low = makeBins(values, 'lower_better');
    expect(low.colours).toEqual([...high.colours].reverse());
  });

  it('labels bins in the language with units', () => {
    const labels = binLabels({ thresholds: [20.5, 40], colours: ['a', 'b', 'c'] }, 'percent', 'vi');
    expect(labels).toEqual(['< 20,5%', '20,5% – < 40%', '≥ 40%']);
  });

  it('gives whole numbers closed ranges that never share a value', () => {
    const ranks = Array.from({ length: 63 }, (_, i) => i + 1);
    const bins = makeBins(ranks, 'lower_better', 5);
    const labels = binLabels(bins, 'rank', 'vi', ranks);
    expect(labels[0]).toMatch(/^hạng 1–\d+$/);
    expect(labels[labels.length - 1]).toMatch(/–63$/);
    const ranges = labels.map((l) => l.replace('hạng ', '').split('–').map(Number));
    for (let i = 1; i < ranges.length; i++) expect(ranges[i][0]).toBe(ranges[i - 1][1] + 1);
    for (const r of ranks) expect(ranges.filter(([a, b]) => r >= a && r <= b)).toHaveLength(1);
  });
});

describe('roundNice', () => {
  it('keeps two significant digits', () => {
    expect(roundNice(1234)).toBe(1200);
    expect(roundNice(0.7163)).toBeCloseTo(0.72, 10);
    expect(roundNice(0)).toBe(0);
  });
});
