import { describe, expect, it } from 'vitest';
import { testDocument } from '../charts/fixtures.ts';
import { composeImage, estimate, wrap } from './image.ts';

const chartOf = (w: number, h: number): SVGSVGElement => {
  const doc = testDocument();
  const chart = doc.createElementNS('http://www.w3.org/2000/svg', 'svg') as SVGSVGElement;
  chart.setAttribute('viewBox', `0 0 ${w} ${h}`);
  chart.appendChild(doc.createElementNS('http://www.w3.org/2000/svg', 'rect'));
  return chart;
};
const text = { title: 'Xếp hạng <DTI>', sourceLine: 'Nguồn: Bộ TT&TT (4/9/2019)', site: 'https://example.org/chi-so/dti_rank/', downloaded: 'Tải về ngày 22/11/2026' };

describe('composeImage', () => {
  it('puts the title above and the source, site and labelled date below the chart', () => {
    const out = composeImage(chartOf(300, 100), text);
    expect(out).toMatch(/viewBox="0 0 300 \d+"/);
    expect(out).toContain('Xếp hạng &lt;DTI&gt;');
    expect(out).toContain('Nguồn: Bộ TT&amp;TT (4/9/2019)');
    expect(out).toContain('https://example.org/chi-so/dti_rank/');
    expect(out).toContain('Tải về ngày 22/11/2026');
    expect(out).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(out.indexOf('Xếp hạng')).toBeLessThan(out.indexOf('<rect />') >= 0 ? out.indexOf('<rect />', 20) : out.indexOf('<rect', 20));
  });
  it('is at least as wide as its title, so nothing is cut off on the right', () => {
    const title = 'Chỉ số chuyển đổi số cấp tỉnh (DTI), xếp hạng · năm 2022 · 63 tỉnh';
    const out = composeImage(chartOf(200, 100), { ...text, title });
    const width = Number(/viewBox="0 0 (\d+)/.exec(out)?.[1]);
    expect(width).toBeGreaterThanOrEqual(estimate(title, 16, true));
  });
  it('wraps a long source line instead of running off the image', () => {
    const lines = wrap('a '.repeat(200).trim(), 300, 11, estimate);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(estimate(l, 11, false)).toBeLessThanOrEqual(300);
  });
  it('refuses a chart without size', () => {
    expect(() => composeImage(chartOf(0, 0), text)).toThrow(/no size/);
  });
});
