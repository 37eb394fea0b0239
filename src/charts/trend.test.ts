import { describe, expect, it } from 'vitest';
import { lineModel } from '../lib/figures/line.ts';
import { CTX, fig, syntheticData } from '../lib/figures/synthetic.test-helpers.ts';
import { testDocument } from './fixtures.ts';
import { SERIES } from './palette.ts';
import { checkSnapshot } from './test-snapshot.ts';
import { dodge, thinTicks, trendChart, wrapLabel } from './trend.ts';

const data = syntheticData();
const model = lineModel(data, { indicator: 'test_share', vintage: 'VN63', period: '2022', tab: 'chart', picks: ['01', '02'] }, 'vi', CTX);
const svg = trendChart(model, { lang: 'vi', unit: 'percent', direction: 'higher_better', document: testDocument(), title: model.title });
const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');

describe('dodge', () => {
  it('moves labels apart by the gap, least first, and keeps them inside', () => {
    const ys = dodge([100, 102, 101, 300], 20, 310, 14);
    const sorted = [...ys].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(14);
    expect(ys[3]).toBe(300);
    const crowded = dodge([300, 305, 309], 20, 310, 14);
    expect(Math.max(...crowded)).toBeLessThanOrEqual(310);
  });
});

describe('wrapLabel', () => {
  it('keeps a short label whole and breaks a long one at its last fitting space', () => {
    expect(wrapLabel('Hà Nội hạng 1', 21)).toBe('Hà Nội hạng 1');
    expect(wrapLabel('Thành phố Hồ Chí Minh hạng 1', 21)).toBe('Thành phố Hồ Chí Minh\nhạng 1');
    expect(wrapLabel('Supercalifragilistic', 10)).toBe('Supercalifragilistic');
  });
});

describe('thinTicks', () => {
  it('keeps every tick that fits, and the latest in place of a neighbour it would overprint', () => {
    expect(thinTicks([0, 50, 100, 150], [32, 32, 32, 32])).toEqual([0, 1, 2, 3]);
    // "2024" at 150 and "21/10/2025" (80 px) at 180: the latest takes 2024's place
    expect(thinTicks([0, 50, 100, 150, 180], [32, 32, 32, 32, 80])).toEqual([0, 1, 2, 4]);
    // the first is never dropped; a latest that cannot clear it is left out
    expect(thinTicks([0, 10], [32, 32])).toEqual([0]);
    expect(thinTicks([], [])).toEqual([]);
  });
});

describe('trendChart', () => {
  it('labels each chosen series once at its end, with its value and qualifier', () => {
    expect(texts.filter((l) => l.startsWith('Tỉnh 01 '))).toEqual(['Tỉnh 01 80%']);
    expect(texts.filter((l) => l.startsWith('Tỉnh 02 '))).toEqual(['Tỉnh 02 > 70%']);
  });
  it('puts every end label in the right margin, also of a series that ends before the others', () => {
    // Tỉnh 02 ends in 2022, Tỉnh 01 goes on to 2025: a label at 02's own end would sit on 01's line
    const xOf = (prefix: string): number => {
      const label = [...svg.querySelectorAll('text')].find((t) => (t.textContent ?? '').startsWith(prefix));
      return Number(/translate\(([-\d.]+)/.exec(label?.getAttribute('transform') ?? '')?.[1] ?? NaN);
    };
    expect(xOf('Tỉnh 02 ')).toBe(xOf('Tỉnh 01 '));
    expect(xOf('Tỉnh 01 ')).toBeGreaterThan(300);
  });
  it('draws the chosen series in series colours and the merger as a labelled seam', () => {
    const strokes = [...svg.querySelectorAll('[stroke]')].map((p) => p.getAttribute('stroke'));
    expect(strokes).toContain(SERIES[0]);
    expect(strokes).toContain(SERIES[1]);
    expect(texts).toContain('Sáp nhập 1/7/2025');
  });
  it('keeps the merger caption inside the chart: left of the seam where it fits, else right of it', () => {
    // a national series by quarter through 2025, as the 766 index publishes it: the seam a third of the way
    const quarters = [['2025-Q1', '2025-03-31', 37], ['2025-Q2', '2025-06-30', 52], ['2025-Q3', '2025-09-30', 84], ['2025-Q4', '2025-12-31', 87]] as const;
    const national = { ...data, figures: quarters.map(([period, end, value]) => fig({ vintage: 'VN63', geo: 'VN', period, period_start: `${end.slice(0, 8)}01`, period_end: end, value })) };
    const quarterly = lineModel(national, { indicator: 'test_share', vintage: 'VN63', period: '2025-Q4', tab: 'chart', picks: ['VN'] }, 'vi', CTX);
    expect(quarterly.seam).not.toBeNull();
    const sides = [1000, 280].map((width) => {
      const chart = trendChart(quarterly, { lang: 'vi', unit: 'percent', direction: 'higher_better', document: testDocument(), title: quarterly.title, width });
      const caption = [...chart.querySelectorAll('text')].find((t) => t.textContent === 'Sáp nhập 1/7/2025');
      const group = caption?.parentElement;
      const shift = (el: Element | null | undefined): number => Number(/translate\(([-\d.]+)/.exec(el?.getAttribute('transform') ?? '')?.[1] ?? NaN);
      const x = shift(caption) + shift(group);
      // a 10 px caption: about 5.6 px a character
      const extent = (caption?.textContent ?? '').length * 5.6;
      const anchor = group?.getAttribute('text-anchor') ?? 'start';
      const [from, to] = anchor === 'end' ? [x - extent, x] : [x, x + extent];
      expect(from, `width ${width}`).toBeGreaterThanOrEqual(0);
      expect(to, `width ${width}`).toBeLessThanOrEqual(width);
      return anchor;
    });
    expect(sides).toEqual(['end', 'start']);
  });
  it('marks a bound as a hollow dot', () => {
    const hollow = [...svg.querySelectorAll('circle')].filter((c) => c.getAttribute('fill') === '#ffffff');
    expect(hollow.length).toBeGreaterThanOrEqual(2); // 02's "> 70%" and 01's point across the seam
  });
  it('matches its snapshot', () => {
    const result = checkSnapshot(import.meta.dirname, 'trend-percent', svg.outerHTML);
    expect(result.ok, result.message).toBe(true);
  });
});
