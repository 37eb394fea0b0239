/** Synthetic figure data for the model tests: made up by code, never real figures. */
import type { Figure } from '../site/types.ts';
import type { Qualifier, Unit, Vintage } from '../types.ts';
import type { Context, FigureData } from './data.ts';

export const CTX: Context = { site: 'https://example.org', path: '/chi-so/test_share/', today: '2026-12-02' };

/** One figure with defaults. */
export function fig(p: Partial<Figure> & Pick<Figure, 'vintage' | 'geo' | 'period' | 'value'>): Figure {
  const year = p.period.slice(0, 4);
  return {
    indicator: 'test_share', period_start: `${year}-01-01`, period_end: `${year}-12-31`, qualifier: '' as Qualifier, numerator: null, denominator: null,
    source: 'src-a', quote: `Tỉnh ${p.geo}: ${String(p.value).replace('.', ',')}`, derived: false, members: '', rank: null, rank_n: null, median: null, median_n: null, ...p,
  };
}

/**
 * Five VN63 provinces (01 unchanged by the merger as VN34 01; 02+03 → VN34 02; 04 → 03; 05 → 04),
 * a share published for 2020 and 2022 (03 missing in 2020, 02 "more than" in 2022), the whole
 * country in 2022, and VN34 2025 figures for 01 (same territory) and 02.
 */
export function syntheticData(unit: Unit = 'percent'): FigureData {
  const f: Figure[] = [
    fig({ vintage: 'VN63', geo: '01', period: '2020', value: 40 }),
    fig({ vintage: 'VN63', geo: '02', period: '2020', value: 55 }),
    fig({ vintage: 'VN63', geo: '04', period: '2020', value: 20 }),
    fig({ vintage: 'VN63', geo: '05', period: '2020', value: 30 }),
    fig({ vintage: 'VN63', geo: '01', period: '2022', value: 60, median: 50, median_n: 5 }),
    fig({ vintage: 'VN63', geo: '02', period: '2022', value: 70, qualifier: 'at_least', source: 'src-b', median: 50, median_n: 5 }),
    fig({ vintage: 'VN63', geo: '03', period: '2022', value: 50, median: 50, median_n: 5 }),
    fig({ vintage: 'VN63', geo: '04', period: '2022', value: 10, median: 50, median_n: 5 }),
    fig({ vintage: 'VN63', geo: '05', period: '2022', value: 45, median: 50, median_n: 5 }),
    fig({ vintage: 'VN63', geo: 'VN', period: '2022', value: 48, source: 'src-b' }),
    fig({ vintage: 'VN34', geo: '01', period: '2025', period_start: '2025-07-01', value: 80 }),
    // derived_method: the field the bake adds (H9); stats.ts words it
    Object.assign(fig({ vintage: 'VN34', geo: '02', period: '2025', period_start: '2025-07-01', value: 66, derived: true, members: '02+03', source: 'src-a+src-b', quote: '' }), { derived_method: 'ratio' }),
  ];
  const vn63 = ['01', '02', '03', '04', '05'];
  const vn34 = ['01', '02', '03', '04'];
  return {
    indicator: { id: 'test_share', name_vi: 'Tỷ lệ thử', name_en: 'Test share', definition_vi: 'Định nghĩa thử', definition_en: 'Test definition', unit, direction: 'higher_better', aggregation: 'ratio', scheme: '', legal_basis: 'Nghị định thử', legal_basis_url: '' },
    units: [
      ...vn63.map((c) => ({ vintage: 'VN63' as Vintage, code: c, name_vi: `Tỉnh ${c}`, name_en: `Province ${c}` })),
      ...vn34.map((c) => ({ vintage: 'VN34' as Vintage, code: c, name_vi: `Tỉnh mới ${c}`, name_en: `New province ${c}` })),
    ],
    sources: [
      { id: 'src-a', publisher: 'Bộ Thử nghiệm', title: 'Báo cáo A', date: '2023-03-04', url: 'https://example.org/a' },
      { id: 'src-b', publisher: 'Cục Thử', title: 'Báo cáo B', date: '', url: '' },
    ],
    crosswalk: [
      { vn63_code: '01', vn34_code: '01' }, { vn63_code: '02', vn34_code: '02' }, { vn63_code: '03', vn34_code: '02' },
      { vn63_code: '04', vn34_code: '03' }, { vn63_code: '05', vn34_code: '04' },
    ],
    figures: f,
    subunits: [{ vintage: 'VN63', geo: '01', subunit: 'Sở Thử', breakdown: '', period: '2022', period_end: '2022-12-31', value: 90, qualifier: '', source: 'src-a', quote: 'Sở Thử: 90' }],
  };
}
