import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkData } from '../../src/data/check/index.ts';
import { loadReference } from '../../src/data/reference.ts';
import { createResolver, type Resolver } from '../../src/lib/geo/resolve.ts';
import { parseNumber } from '../../src/lib/numbers/parse.ts';
import type { Observation } from '../../src/lib/types.ts';

// data/ holds, by hand, the rows of the transcribed tables in ../shared/sources. This test reads
// those tables independently (through the resolver and the number parser) and checks that every
// figure in them is in data/ with the same value, province and period: a transcription slip fails.
const ROOT = resolve(import.meta.dirname, '../..');
const SOURCES = resolve(ROOT, '../shared/sources');
const present = existsSync(SOURCES);
if (!present) console.warn(`skipping transcription checks: ${SOURCES} is absent (it is beside the repository in CI)`);

type Row = Record<string, string>;
const table = (file: string): Row[] => Papa.parse<Row>(readFileSync(join(SOURCES, file), 'utf8'), { header: true, skipEmptyLines: true }).data;

let observations: Observation[] = [];
let resolver: Resolver;
beforeAll(async () => {
  const { problems, dataset } = await checkData(join(ROOT, 'data'));
  expect(problems).toEqual([]);
  observations = dataset.observations;
  const reference = await loadReference(join(ROOT, 'data'));
  resolver = createResolver(reference.units, reference.aliases, reference.crosswalk);
});

function code(name: string): string {
  const r = resolver.resolve(name, { vintage: 'VN63' });
  if (!r.ok) throw new Error(`cannot resolve "${name}": ${r.message}`);
  return r.code;
}

function find(indicator: string, geo: string, period: string): Observation | undefined {
  return observations.find((o) => o.indicator === indicator && o.geo === geo && o.period === period && o.subunit === '' && o.breakdown === '');
}

describe.skipIf(!present)('transcriptions of ../shared/sources', () => {
  it('e-government index 2017: every rank and index', () => {
    const rows = table('egov_2017_overall.csv');
    expect(rows.length).toBe(53);
    for (const r of rows) {
      const geo = code(r.province_name_as_published as string);
      expect(find('egov_index_rank', geo, '2017')?.value, r.province_name_as_published).toBe(Number(r['Năm 2017 - xếp hạng (parsed)']));
      expect(find('egov_index_score', geo, '2017')?.value, r.province_name_as_published).toBe(Number(r['Năm 2017 - chỉ số (parsed, dot decimal)']));
    }
  });

  it('DTI 2022: all 63 ranks', () => {
    const rows = table('dti_2022_rank.csv');
    expect(rows.length).toBe(63);
    expect(new Set(rows.map((r) => code(r.province_name_as_published as string))).size).toBe(63);
    for (const r of rows) expect(find('dti_rank', code(r.province_name_as_published as string), '2022')?.value, r.province_name_as_published).toBe(Number(r['Xếp hạng DTI']));
  });

  it('DTI 2022 components and total for the top five', () => {
    const columns: Record<string, string> = {
      'Chỉ số Nhận thức số': 'dti_digital_awareness',
      'Chỉ số Thể chế số': 'dti_digital_institutions',
      'Chỉ số Hạ tầng số': 'dti_digital_infrastructure',
      'Chỉ số Nhân lực số': 'dti_digital_workforce',
      'Chỉ số An toàn thông tin mạng': 'dti_cybersecurity',
      'Chỉ số Hoạt động chính quyền số': 'dti_digital_government_activity',
      'Chỉ số Hoạt động kinh tế số': 'dti_digital_economy_activity',
      'Chỉ số Hoạt động xã hội số': 'dti_digital_society_activity',
      'CHUYỂN ĐỔI SỐ CẤP TỈNH (PDTI)': 'dti_score',
    };
    const rows = table('dti_2022_components.csv');
    expect(rows.length).toBe(5);
    for (const r of rows) {
      const geo = code(r.province_name_as_published as string);
      for (const [column, indicator] of Object.entries(columns)) {
        const published = parseNumber(r[column] as string, 'en');
        if (!published.ok) throw new Error(`${column}: ${published.message}`);
        expect(find(indicator, geo, '2022')?.value, `${r.province_name_as_published} ${column}`).toBe(published.value);
      }
    }
  });

  it('the supplementary single-province figures (Vietnamese decimal commas)', () => {
    const rows = table('dti_supplementary_single_province.csv');
    const pairs: [string, string][] = [
      ['DTI cấp tỉnh (điểm)', 'dti_score'],
      ['DTI cấp tỉnh (xếp hạng)', 'dti_rank'],
      ['Chính quyền số (điểm)', 'dti_pillar_digital_government_score'],
      ['Chính quyền số (xếp hạng)', 'dti_pillar_digital_government_rank'],
      ['Kinh tế số (điểm)', 'dti_pillar_digital_economy_score'],
      ['Kinh tế số (xếp hạng)', 'dti_pillar_digital_economy_rank'],
      ['Xã hội số (điểm)', 'dti_pillar_digital_society_score'],
      ['Xã hội số (xếp hạng)', 'dti_pillar_digital_society_rank'],
    ];
    let checked = 0;
    for (const r of rows) {
      const geo = code(r.province_name_as_published as string);
      for (const [column, indicator] of pairs) {
        const cell = (r[column] ?? '').trim();
        if (cell === '') continue;
        const published = parseNumber(cell, 'vi');
        if (!published.ok) throw new Error(`${column}: ${published.message}`);
        expect(find(indicator, geo, r.year as string)?.value, `${r.province_name_as_published} ${r.year} ${column}`).toBe(published.value);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });
});
