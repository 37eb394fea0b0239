/**
 * A synthetic baked database for the page models: the real province reference (data/geo/) with
 * made-up, seeded values for the kinds of indicator the home and province pages look for — the
 * Decision 766 index for the 34 units, PAPI e-governance and DTI over several years, a share of
 * documents signed published for a few provinces, online services with a national figure. Never
 * real figures, never written into data/ or public/.
 */
import { join, resolve } from 'node:path';
import { bake } from '../../data/bake/index.ts';
import { writeObservations } from '../../data/bake/observation-files.test-helpers.ts';
import { loadReference } from '../../data/reference.ts';
import { openDb } from '../../data/db.ts';
import { parsePeriod } from '../../lib/periods/period.ts';
import { seeded } from '../../lib/random.ts';
import type { Aggregation, Dataset, Direction, IndicatorRow, Observation, Unit, Vintage } from '../../lib/types.ts';
import { figuresQuery, indicatorsQuery } from '../sql.ts';
import type { Figure, IndicatorInfo } from '../types.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

function indicator(id: string, unit: Unit, direction: Direction, aggregation: Aggregation): IndicatorRow {
  return {
    id, name_vi: `Chỉ số thử ${id}`, name_en: `Test indicator ${id}`, definition_vi: '', definition_en: '', unit, direction,
    aggregation, scheme: '', legal_basis: '', legal_basis_en: '', legal_basis_url: '', note_vi: 'synthetic', note_en: 'synthetic',
  };
}

export interface PagesDb {
  indicators: IndicatorInfo[];
  figures: Figure[];
  /** every observation written, to compute expectations independently of the bake */
  observations: Observation[];
}

/** Bakes the synthetic dataset into `outDir` and reads back what the pages would load. */
export async function bakePagesSynthetic(outDir: string, seed = 7): Promise<PagesDb> {
  const reference = await loadReference(join(ROOT, 'data'));
  const random = seeded(seed);
  const codes = (v: Vintage): string[] => reference.units.filter((u) => u.vintage === v).map((u) => u.code).sort();
  const observations: Observation[] = [];
  const add = (id: string, vintage: Vintage, geo: string, period: string, value: number, source = 'synthetic'): void => {
    const p = parsePeriod(period);
    if ('error' in p) throw new Error(p.error);
    observations.push({
      indicator: id, vintage, geo, subunit: '', breakdown: '', period,
      period_start: p.start, period_end: p.end, value,
      qualifier: '', numerator: null, denominator: null, source, quote: String(value), note_vi: '', note_en: '',
      file: 'data/observations/synthetic.csv', line: observations.length + 2,
    });
  };
  const score = (): number => Math.round(random() * 10000) / 100;
  for (const geo of codes('VN34')) add('dvc766_total', 'VN34', geo, '2025-10', score());
  for (const geo of codes('VN34')) add('dvc766_progress', 'VN34', geo, '2025-10', score());
  for (const year of [2018, 2020, 2024]) for (const geo of codes('VN63')) add('papi_egovernance', 'VN63', geo, String(year), score());
  for (const year of [2020, 2024]) for (const geo of codes('VN63')) add('dti_score', 'VN63', geo, String(year), score());
  // a share published for a handful of provinces only: no laggards, no national median
  for (const geo of codes('VN63').slice(0, 5)) add('docs_to_vpcp_signed_share', 'VN63', geo, '2019-Q3', Math.round(random() * 100));
  add('online_services_level4_count', 'VN63', 'VN', '2019', 5000, 'synthetic-national');
  for (const geo of codes('VN63').slice(0, 3)) add('online_services_level4_count', 'VN63', geo, '2019', 1 + Math.floor(random() * 300));
  const dataset: Dataset = {
    indicators: [
      indicator('dvc766_total', 'score', 'higher_better', 'none'),
      indicator('dvc766_progress', 'score', 'higher_better', 'none'),
      indicator('papi_egovernance', 'score', 'higher_better', 'none'),
      indicator('dti_score', 'score', 'higher_better', 'none'),
      indicator('docs_to_vpcp_signed_share', 'percent', 'higher_better', 'ratio'),
      indicator('online_services_level4_count', 'count', 'higher_better', 'sum'),
    ],
    sources: [
      { id: 'synthetic', publisher: 'Test', title: 'Synthetic values for tests', date: '', url: '', kind: 'table', note_vi: 'generated', note_en: 'generated' },
      { id: 'synthetic-national', publisher: 'Test', title: 'Synthetic national value', date: '', url: '', kind: 'table', note_vi: 'generated', note_en: 'generated' },
    ],
    units: reference.units,
    crosswalk: reference.crosswalk,
    aliases: [],
    observations,
    events: [],
  };
  await bake({ ...dataset, observations: writeObservations(observations, outDir + '.obs') }, outDir);
  const db = await openDb(join(outDir, 'egov.duckdb'), { readOnly: true });
  try {
    const i = indicatorsQuery();
    const f = figuresQuery();
    return { indicators: await db.all<IndicatorInfo>(i.sql, i.params), figures: await db.all<Figure>(f.sql, f.params), observations };
  } finally {
    db.close();
  }
}
