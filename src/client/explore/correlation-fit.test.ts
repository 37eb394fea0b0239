import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { drawCorrelation } from './correlation-chart.ts';
import { fitLabel, fitOf, type CorrelationRow } from './correlation-fit.ts';

describe('correlation fit', () => {
  it('reads r, slope and intercept from the first row and counts the rows', () => {
    const rows = [{ r: 0.5, slope: 2, intercept: 1 }, { r: 0.5, slope: 2, intercept: 1 }];
    expect(fitOf(rows)).toEqual({ n: 2, r: 0.5, slope: 2, intercept: 1 });
    expect(fitOf([{ r: null, slope: Number.NaN }])).toEqual({ n: 1, r: null, slope: null, intercept: null });
  });
  it('writes r with a decimal comma in Vietnamese and a dash when there is none', () => {
    expect(fitLabel({ n: 61, r: 0.8234, slope: 1, intercept: 0 }, 'vi')).toBe('r = 0,823 · n = 61');
    expect(fitLabel({ n: 61, r: -0.8234, slope: 1, intercept: 0 }, 'en')).toBe('r = -0.823 · n = 61');
    expect(fitLabel({ n: 2, r: null, slope: null, intercept: null }, 'vi')).toBe('r = – · n = 2');
  });
  it('draws one dot per province, hollow when derived, and the line only with a fit', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const row = (geo: string, x: number, y: number, derived = false): CorrelationRow => ({ geo, name_vi: `Tỉnh ${geo}`, name_en: `Province ${geo}`, x, y, derived_x: derived, derived_y: false });
    const rows = [row('01', 1, 2), row('02', 2, 4), row('79', 3, 6, true)];
    const options = { width: 500, xLabel: 'x', yLabel: 'y', lang: 'vi' as const, document: document as unknown as Document };
    const html = (drawCorrelation(rows, { n: 3, r: 1, slope: 2, intercept: 0 }, options) as unknown as { outerHTML: string }).outerHTML;
    expect(html.match(/<circle /g)?.length).toBe(3);
    expect(html.match(/fill="white"/g)?.length).toBe(1);
    expect(html).toContain('Tỉnh 79');
    expect(html).toMatch(/stroke="#d92d20"[^]*<path d="M/);
    const none = (drawCorrelation(rows.slice(0, 2), { n: 2, r: null, slope: null, intercept: null }, options) as unknown as { outerHTML: string }).outerHTML;
    expect(none).not.toContain('#d92d20');
  });
});
