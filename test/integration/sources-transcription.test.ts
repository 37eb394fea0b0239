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
let sourceUrl = new Map<string, string>();
let resolver: Resolver;
beforeAll(async () => {
  const { problems, dataset, observations: rows = [] } = await checkData(join(ROOT, 'data'), { keepRows: true });
  expect(problems).toEqual([]);
  observations = rows;
  sourceUrl = new Map(dataset.sources.map((s) => [s.id, s.url]));
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

/** A rank as the press prints it: "thứ 15", "16/63", "hạng 4", "thứ hai", "dẫn đầu", "the fifth". */
const RANK_WORDS: [RegExp, number][] = [
  [/dẫn đầu|đứng đầu|thứ nhất|\bfirst\b|số 1\b/i, 1], [/thứ hai|\bsecond\b/i, 2], [/\bthird\b/i, 3], [/\bfifth\b/i, 5],
];
function pressRank(text: string): number | null {
  const digits = /\d+/.exec(text);
  if (digits) return Number(digits[0]);
  for (const [re, n] of RANK_WORDS) if (re.test(text)) return n;
  return null;
}
/** A value as printed: "0,4874" / "68,54%" / "168.000" in Vietnamese writing, "0.4874" in English; "dưới 10%" is at most 10. */
function pressValue(text: string): { value: number; qualifier: string } | null {
  const bound = /dưới/.test(text);
  const t = text.replace(/^(thấp )?dưới /, '').trim();
  const parsed = parseNumber(t, /^0\.\d/.test(t) ? 'en' : 'vi');
  return parsed.ok ? { value: parsed.value, qualifier: bound ? 'at_most' : '' } : null;
}

/** The press tables transcribed into data/observations/press-2020-2025.csv (papi_fragments.csv is not). */
const PRESS = ['dti_2020_provincial.csv', 'dti_2021_provincial.csv', 'dti_2023_provincial.csv', 'dti_2024_provincial_34units.csv',
  'dti_2024_provincial_63basis.csv', 'dti_national_and_provincial_average.csv', 'online_public_services.csv', 'vietnam_ict_index.csv'];

describe.skipIf(!present)('transcriptions of ../shared/sources/press', () => {
  it('every press figure in data/ is a row of press/ with the same page, excerpt, place and value or rank', () => {
    const press = PRESS.flatMap((f) => table(`press/${f}`).map((r): Row => ({ ...r, file: f })));
    const mine = observations.filter((o) => o.source.startsWith('press-'));
    expect(mine.length).toBeGreaterThanOrEqual(90);
    const rankIds = new Set(['dti_rank', 'dti_pillar_digital_government_rank', 'dti_pillar_digital_economy_rank', 'dti_pillar_digital_society_rank', 'ict_index_rank']);
    for (const o of mine) {
      const what = `${o.file}:${o.line} ${o.indicator} ${o.geo} ${o.period}`;
      const candidates = press.filter((r) => r.source_url === sourceUrl.get(o.source) && r.excerpt_line === o.quote);
      expect(candidates.length, what).toBeGreaterThan(0);
      const match = candidates.find((r) => {
        const name = r.province_name_as_published as string;
        if (name.startsWith('(')) {
          if (o.geo !== 'VN') return false;
        } else {
          const res = resolver.resolve(name, { vintage: o.vintage });
          if (!res.ok || res.code !== o.geo) return false;
        }
        if (rankIds.has(o.indicator)) return pressRank(r.rank_as_published as string) === o.value;
        const v = pressValue(r.value_as_published as string);
        return v !== null && v.value === o.value && v.qualifier === o.qualifier;
      });
      expect(match, what).toBeDefined();
      // The two publications of DTI 2024 never mix: the 34-unit table is VN34, the 63 basis VN63.
      if (match!.file === 'dti_2024_provincial_34units.csv') expect(o.vintage, what).toBe('VN34');
      if (match!.file === 'dti_2024_provincial_63basis.csv') expect(o.vintage, what).toBe('VN63');
    }
  });

  it('one source row per page, with its URL and publisher', () => {
    const press = PRESS.flatMap((f) => table(`press/${f}`));
    const used = new Set(observations.filter((o) => o.source.startsWith('press-')).map((o) => o.source));
    const urls = [...used].map((id) => sourceUrl.get(id));
    expect(new Set(urls).size).toBe(used.size);
    for (const u of urls) expect(press.some((r) => r.source_url === u), u).toBe(true);
  });
});
