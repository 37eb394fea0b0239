import { describe, expect, it } from 'vitest';
import { testDocument } from '../charts/fixtures.ts';
import { composeImage, fileName } from './image.ts';

describe('composeImage', () => {
  it('puts the title above and the source line and date below the chart', () => {
    const doc = testDocument();
    const chart = doc.createElementNS('http://www.w3.org/2000/svg', 'svg') as SVGSVGElement;
    chart.setAttribute('viewBox', '0 0 300 100');
    chart.appendChild(doc.createElementNS('http://www.w3.org/2000/svg', 'rect'));
    const out = composeImage(chart, 'Xếp hạng <DTI>', 'Nguồn: Bộ TT&TT', '22/11/2026');
    expect(out).toContain('viewBox="0 0 300 174"');
    expect(out).toContain('Xếp hạng &lt;DTI&gt;');
    expect(out).toContain('Nguồn: Bộ TT&amp;TT');
    expect(out).toContain('22/11/2026');
    expect(out).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(out.indexOf('Xếp hạng')).toBeLessThan(out.indexOf('<rect />') >= 0 ? out.indexOf('<rect />') : out.indexOf('<rect'));
  });
  it('refuses a chart without size', () => {
    const doc = testDocument();
    const chart = doc.createElementNS('http://www.w3.org/2000/svg', 'svg') as SVGSVGElement;
    chart.setAttribute('viewBox', '0 0 0 0');
    expect(() => composeImage(chart, 't', 's', 'd')).toThrow(/no size/);
  });
});

describe('fileName', () => {
  it('makes ASCII file names from Vietnamese titles', () => {
    expect(fileName('Xếp hạng DTI năm 2022: Đà Nẵng', 'png')).toBe('xep-hang-dti-nam-2022-da-nang.png');
    expect(fileName('***', 'svg')).toBe('chart.svg');
  });
});
