import { describe, expect, it } from 'vitest';
import { aboutModel } from './about.ts';
import { CTX, syntheticData } from './synthetic.test-helpers.ts';

const data = syntheticData();

describe('aboutModel', () => {
  const m = aboutModel(data, { indicator: 'test_share', vintage: 'VN63', period: '2022', tab: 'sources', picks: [] }, 'vi', CTX);
  it('states definition, unit and legal basis', () => {
    expect(m).toMatchObject({ definition: 'Định nghĩa thử', unit: '%', legalBasis: 'Nghị định thử' });
  });
  it('counts coverage per map and for the whole country', () => {
    expect(m.coverage.map((c) => [c.vintage, c.units, c.of, c.periods, c.figures])).toEqual([
      ['VN63', 5, 5, ['2020', '2022'], 9],
      ['VN34', 2, 4, ['2025'], 2],
      ['VN', 1, 1, ['2022'], 1],
      ['VN', 1, 0, ['2022'], 1],
    ]);
    expect(m.coverage[3].text).toBe('Cấp dưới tỉnh hoặc chuỗi con: 1 số liệu; kỳ: năm 2022.');
    expect(m.coverage[0].text).toBe('5 trong 5 đơn vị của bản đồ 63 tỉnh có số liệu (9 số liệu); kỳ: năm 2020, năm 2022.');
  });
  it('lists every source with the quotes it is cited for, derived figures excepted', () => {
    expect(m.sources.map((s) => s.id)).toEqual(['src-a', 'src-b']);
    expect(m.sources[0].quotes).toHaveLength(10);
    expect(m.sources[0].quotes.map((q) => q.name)).toContain('Sở Thử, Tỉnh 01');
    expect(m.sources[0].quotes[0]).toEqual({ name: 'Tỉnh 01', period: 'năm 2020', quote: 'Tỉnh 01: 40' });
    expect(m.sources[1].date).toBe('');
  });
  it('gives a citation in both languages with the page address and access date', () => {
    expect(m.citations.map((c) => c.lang)).toEqual(['vi', 'en']);
    expect(m.citations[0].text).toMatch(/^Trích dẫn: Tỷ lệ thử\. Nguồn: Bộ Thử nghiệm, Báo cáo A, 4\/3\/2023; Cục Thử, Báo cáo B\./);
    expect(m.citations[1].text).toMatch(/^Cite as: Test share\. .* \(accessed 2 Dec 2026\)\.$/);
    expect(m.citations[1].text).toContain('https://example.org/chi-so/test_share/?');
  });
});
