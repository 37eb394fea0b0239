import { describe, expect, it } from 'vitest';
import { mapModel } from './map.ts';
import { CTX, syntheticData } from './synthetic.test-helpers.ts';
import type { IndicatorView } from './view.ts';

const data = syntheticData();
const view: IndicatorView = { indicator: 'test_share', vintage: 'VN63', period: '2022', tab: 'map', picks: [] };

describe('mapModel', () => {
  const m = mapModel(data, view, 'vi', CTX);
  it('gives every province of the map a row, best first, the missing ones last', () => {
    expect(m.rows.map((r) => r.geo)).toEqual(['02', '01', '03', '05', '04']);
    expect(m.total).toBe(5);
    expect(m.covered).toBe(5);
    expect(m.rows[0].valueText).toBe('> 70%');
    expect(m.rows[0].qualifierText).toBe('hơn (cận dưới)');
    const y2020 = mapModel(data, { ...view, period: '2020' }, 'vi', CTX);
    expect(y2020.rows.at(-1)).toMatchObject({ geo: '03', value: null, valueText: 'Không có số liệu' });
  });
  it('says coverage, best, worst, median (worded by stats.ts) and the national figure', () => {
    expect(m.summary).toBe('5 trong 5 tỉnh, thành phố có số liệu; tốt nhất: Tỉnh 02 (> 70%); kém nhất: Tỉnh 04 (10%); trung vị cả nước: 50%; Cả nước: 48%.');
    expect(m.national?.valueText).toBe('48%');
  });
  it('names publishers with their dates, never source ids, in the source line and the rows', () => {
    expect(m.sourceLine).toBe('Nguồn: Bộ Thử nghiệm (4/3/2023); Cục Thử');
    expect(m.sourceLine).not.toContain('src-');
    expect(m.rows.find((r) => r.geo === '01')?.sourceText).toBe('Bộ Thử nghiệm (4/3/2023)');
  });
  it('writes CSV rows in the order shown, with publisher, title, URL and quote', () => {
    expect(m.csv.rows.map((r) => r[2])).toEqual(m.rows.map((r) => r.geo));
    const header = m.csv.header;
    const first = Object.fromEntries(header.map((h, i) => [h, m.csv.rows[1][i]]));
    expect(first).toMatchObject({ indicator: 'test_share', geo: '01', value: 60, publisher: 'Bộ Thử nghiệm', source_title: 'Báo cáo A', url: 'https://example.org/a', quote: 'Tỉnh 01: 60' });
  });
  it('lists figures below province level by their unit and province, with their source', () => {
    expect(m.subunitRows).toHaveLength(1);
    expect(m.subunitRows[0]).toMatchObject({ name: 'Sở Thử — Tỉnh 01', valueText: '90%', href: '/tinh/vn63/01/', quote: 'Sở Thử: 90' });
  });
  it('names the file after the view and titles it with indicator, period and map', () => {
    expect(m.fileBase).toBe('test-share-2022-vn63');
    expect(m.title).toBe('Tỷ lệ thử · năm 2022 · 63 tỉnh');
    expect(m.citation).toContain('https://example.org/chi-so/test_share/?indicator=test_share&vintage=VN63&period=2022&tab=map');
    expect(m.citation).toContain('truy cập ngày 2/12/2026');
  });
  it('says "no data" once for a period the map lacks, and words a derived value by stats.ts', () => {
    const empty = mapModel(data, { ...view, vintage: 'VN34', period: '2022' }, 'en', CTX);
    expect(empty.summary).toBe('No data for 2022 on the 34 provinces map.');
    const vn34 = mapModel(data, { ...view, vintage: 'VN34', period: '2025' }, 'en', CTX);
    const merged = vn34.rows.find((r) => r.geo === '02');
    expect(merged?.derived).toBe(true);
    expect(merged?.derivedText).toContain('Province 02 (02), Province 03 (03)');
    expect(vn34.sourceLine).toBe('Source: Bộ Thử nghiệm (4 Mar 2023); Cục Thử');
  });
});
