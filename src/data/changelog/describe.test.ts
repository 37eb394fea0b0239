import { describe, expect, it } from 'vitest';
import type { Figure, Group } from './compare.ts';
import { describeEntry, yearRange, type Names } from './describe.ts';

const f = (indicator: string, period: string, source = 'papi-2024'): Figure => ({ indicator, vintage: 'VN63', geo: '01', subunit: '', breakdown: '', period, value: '1', source });
const group = (indicator: string, added: Figure[], source = 'papi-2024'): Group => ({ source, indicator, added, revised: [], withdrawn: [] });

const names: Names = {
  indicators: new Map([
    ['papi_a', { name_vi: 'Tiếp cận cổng thông tin điện tử (SC81)', name_en: 'Access to e-government portals (SC81)' }],
    ['papi_b', { name_vi: 'Phản hồi điện tử (SC83)', name_en: 'E-responsiveness (SC83)' }],
    ['signed', { name_vi: 'Tỷ lệ văn bản có ký số', name_en: 'Share of documents digitally signed' }],
  ]),
  sources: new Map([
    ['papi-2024', { publisher: 'UNDP', title: 'Bộ dữ liệu PAPI 2011–2024', date: '' }],
    ['chinhphu', { publisher: 'Chinhphu.vn', title: 'Các địa phương đã bắt đầu triển khai', date: '2019-08-29' }],
  ]),
};

describe('describeEntry', () => {
  const papi = { groups: [group('papi_a', [...Array(651)].map((_, k) => f('papi_a', String(2018 + (k % 7))))), group('papi_b', [...Array(651)].map(() => f('papi_b', '2021')))], counts: { added: 1302, revised: 0, withdrawn: 0 } };

  it('names the data set the figures share, with its years, in each language', () => {
    expect(describeEntry(papi, names, 'vi').title).toBe('Thêm 1.302 số liệu PAPI 2018–2024');
    expect(describeEntry(papi, names, 'en').title).toBe('Added 1,302 PAPI figures, 2018–2024');
    expect(describeEntry(papi, names, 'en').counts).toBe('Added 1,302, revised 0, withdrawn 0 figures.');
  });

  it('names the indicator and source of each group, never their ids', () => {
    const d = describeEntry(papi, names, 'vi');
    expect(d.groups.map((g) => [g.indicatorName, g.sourceName, g.added])).toEqual([
      ['Tiếp cận cổng thông tin điện tử (SC81)', 'UNDP: Bộ dữ liệu PAPI 2011–2024', 651],
      ['Phản hồi điện tử (SC83)', 'UNDP: Bộ dữ liệu PAPI 2011–2024', 651],
    ]);
  });

  it('falls back to the indicator’s name when no acronym is shared, and says how many others', () => {
    const one = { groups: [group('signed', [f('signed', '2019', 'chinhphu'), f('signed', '2019', 'chinhphu')], 'chinhphu')], counts: { added: 2, revised: 0, withdrawn: 0 } };
    expect(describeEntry(one, names, 'en').title).toBe('Added 2 figures: Share of documents digitally signed, 2019');
    const two = { groups: [...one.groups, group('papi_a', [f('papi_a', '2020', 'chinhphu')], 'chinhphu')], counts: { added: 3, revised: 0, withdrawn: 0 } };
    expect(describeEntry(two, names, 'vi').title).toBe('Thêm 3 số liệu: Tỷ lệ văn bản có ký số và 1 chỉ số khác 2019–2020');
  });

  it('leads with revisions when an update mostly revised', () => {
    const revised: Group = { source: 'chinhphu', indicator: 'signed', added: [], revised: [{ figure: f('signed', '2019', 'chinhphu'), old: '2' }], withdrawn: [] };
    expect(describeEntry({ groups: [revised], counts: { added: 0, revised: 1, withdrawn: 0 } }, names, 'vi').title).toBe('Sửa 1 số liệu: Tỷ lệ văn bản có ký số 2019');
  });

  it('says plainly when an update changed no figure (only quotes, notes or columns)', () => {
    const none = { groups: [], counts: { added: 0, revised: 0, withdrawn: 0 } };
    expect(describeEntry(none, names, 'vi').title).toBe('Không số liệu nào thay đổi: chỉ sửa phần mô tả (trích dẫn, ghi chú hoặc cột)');
    expect(describeEntry(none, names, 'en').title).toMatch(/^No figure changed/);
  });
});

describe('yearRange', () => {
  it('spans the years of the periods', () => {
    expect(yearRange([f('a', '2019-Q3'), f('a', '2017'), f('a', '2019-03-12/2019-08-20')])).toBe('2017–2019');
    expect(yearRange([])).toBe('');
  });
});
