/**
 * A synthetic baked database for tests and benchmarks: the real province reference (data/geo/)
 * with made-up, seeded values for the indicator ids the example queries use. Never real figures,
 * never written into data/ or public/.
 */
import { join, resolve } from 'node:path';
import { bake } from '../../data/bake/index.ts';
import { writeObservations } from '../../data/bake/observation-files.test-helpers.ts';
import { loadReference } from '../../data/reference.ts';
import type { Dataset, IndicatorRow, Observation, Unit, Direction, Aggregation } from '../types.ts';
import { seeded } from '../random.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

function indicator(id: string, unit: Unit, direction: Direction, aggregation: Aggregation): IndicatorRow {
  return {
    id, name_vi: `Chỉ số thử ${id}`, name_en: `Test indicator ${id}`, definition_vi: '', definition_en: '', unit, direction,
    aggregation, scheme: '', legal_basis: '', legal_basis_en: '', legal_basis_url: '', note_vi: 'synthetic', note_en: 'synthetic',
  };
}

export interface SyntheticDb {
  path: string;
  /** VN63 codes given 0 level-4 online dossiers in 2019 */
  zeroLevel4: string[];
  vn63: string[];
}

/** Bakes the synthetic dataset into `outDir` (which it replaces) and returns where the database is. */
export async function bakeSynthetic(outDir: string, seed = 42): Promise<SyntheticDb> {
  const reference = await loadReference(join(ROOT, 'data'));
  const random = seeded(seed);
  const vn63 = reference.units.filter((u) => u.vintage === 'VN63').map((u) => u.code).sort();
  const observations: Observation[] = [];
  let line = 2;
  const add = (id: string, geo: string, period: string, start: string, end: string, value: number): void => {
    observations.push({
      indicator: id, vintage: 'VN63', geo, subunit: '', breakdown: '', period, period_start: start, period_end: end, value,
      qualifier: '', numerator: null, denominator: null, source: 'synthetic', quote: String(value), note_vi: '', note_en: '',
      file: 'data/observations/synthetic.csv', line: line++,
    });
  };
  const zeroLevel4 = vn63.filter((_, index) => index % 7 === 3);
  const shuffled = (): number[] => {
    const ranks = vn63.map((_, index) => index + 1);
    for (let i = ranks.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [ranks[i], ranks[j]] = [ranks[j] as number, ranks[i] as number];
    }
    return ranks;
  };
  const egovRanks = shuffled();
  const dtiRanks = shuffled();
  vn63.forEach((geo, index) => {
    add('online_dossiers_level4_count', geo, '2019', '2019-01-01', '2019-12-31', zeroLevel4.includes(geo) ? 0 : 1 + Math.floor(random() * 5000));
    // Rounded to whole percents so that ties happen and the ranking's tie rule is exercised.
    add('docs_to_vpcp_signed_share', geo, '2019-Q3', '2019-07-01', '2019-09-30', Math.round(random() * 100));
    add('egov_index_rank', geo, '2017', '2017-01-01', '2017-12-31', egovRanks[index] as number);
    add('dti_rank', geo, '2022', '2022-01-01', '2022-12-31', dtiRanks[index] as number);
    add('egov_index_score', geo, '2017', '2017-01-01', '2017-12-31', Math.round(random() * 10000) / 10000);
    for (const year of [2020, 2021, 2022]) add('dti_score', geo, String(year), `${year}-01-01`, `${year}-12-31`, Math.round(random() * 10000) / 10000);
  });
  const dataset: Dataset = {
    indicators: [
      indicator('online_dossiers_level4_count', 'count', 'higher_better', 'sum'),
      indicator('docs_to_vpcp_signed_share', 'percent', 'higher_better', 'none'),
      indicator('egov_index_rank', 'rank', 'lower_better', 'none'),
      indicator('dti_rank', 'rank', 'lower_better', 'none'),
      indicator('egov_index_score', 'score', 'higher_better', 'none'),
      indicator('dti_score', 'score', 'higher_better', 'none'),
    ],
    sources: [{ id: 'synthetic', publisher: 'Test', title: 'Synthetic values for tests', date: '', url: '', kind: 'table', note_vi: 'generated', note_en: 'generated' }],
    units: reference.units,
    crosswalk: reference.crosswalk,
    aliases: [],
    observations,
    events: [],
  };
  await bake({ ...dataset, observations: writeObservations(observations, outDir + '.obs') }, outDir);
  return { path: join(outDir, 'egov.duckdb'), zeroLevel4, vn63 };
}
