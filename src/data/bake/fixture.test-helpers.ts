import type { CrosswalkRow, IndicatorRow, Observation, UnitRow } from '../../lib/types.ts';
import type { CheckedDataset } from '../check/index.ts';
import { writeObservations } from './observation-files.test-helpers.ts';

/** A tiny fictitious dataset for bake tests: made-up indicators and values, never real figures. */
export function indicator(id: string, over: Partial<IndicatorRow> = {}): IndicatorRow {
  return {
    id, name_vi: id, name_en: id, definition_vi: '', definition_en: '', unit: 'count', direction: 'higher_better',
    aggregation: 'sum', scheme: '', legal_basis: '', legal_basis_en: '', legal_basis_url: '', note_vi: '', note_en: '', ...over,
  };
}

export function obs(indicator: string, geo: string, value: number, over: Partial<Observation> = {}): Observation {
  return {
    indicator, vintage: 'VN63', geo, subunit: '', breakdown: '', period: '2019', period_start: '2019-01-01',
    period_end: '2019-12-31', value, qualifier: '', numerator: null, denominator: null, source: 'test_source',
    quote: String(value), note_vi: '', note_en: '', file: 'data/observations/test.csv', line: 2, ...over,
  };
}

// VN34 33 = VN63 33 + 34; VN34 37 = 35 + 36 + 37; VN34 04 = 04 alone (as in the real crosswalk).
export const CROSSWALK: CrosswalkRow[] = [
  ['04', '04'], ['33', '33'], ['34', '33'], ['35', '37'], ['36', '37'], ['37', '37'],
].map(([vn63_code, vn34_code]) => ({ vn63_code: vn63_code as string, vn34_code: vn34_code as string, effective: '2025-07-01' }));

export const UNITS: UnitRow[] = [
  ...['04', '33', '34', '35', '36', '37'].map((code): UnitRow => ({ vintage: 'VN63', code, name_vi: `Tỉnh ${code}`, name_en: `Province ${code}`, type: 'province', iso3166_2: '', valid_from: '2008-08-01', valid_to: '2025-06-30' })),
  ...['04', '33', '37'].map((code): UnitRow => ({ vintage: 'VN34', code, name_vi: `Tỉnh mới ${code}`, name_en: `New province ${code}`, type: 'province', iso3166_2: '', valid_from: '2025-07-01', valid_to: '' })),
];

/** A checked dataset of these rows (written to a temporary observations file) and indicators. */
export function dataset(observations: Observation[], indicators: IndicatorRow[]): CheckedDataset {
  return {
    indicators,
    sources: [{ id: 'test_source', publisher: 'Test', title: 'A fictitious source, "quoted"', date: '2019-09-04', url: '', kind: 'article', note_vi: '', note_en: '' }],
    units: UNITS,
    crosswalk: CROSSWALK,
    aliases: [],
    observations: writeObservations(observations),
    events: [],
  };
}
