import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkData } from '../../src/data/check/index.ts';
import { openDb } from '../../src/data/db.ts';
import { runNode } from '../fixtures/child.ts';

// The project's own data/, checked and baked end to end through the commands a maintainer runs.
const ROOT = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'bake-data-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

beforeAll(() => {
  const result = runNode(['scripts/data-bake.ts', '--out', out]);
  expect(result.status, result.stderr).toBe(0);
});

describe('data/ baked', () => {
  it('holds every checked observation, and query prints counts per vintage', async () => {
    const { problems, observations = [] } = await checkData(join(ROOT, 'data'), { keepRows: true });
    expect(problems).toEqual([]);
    const result = runNode(['scripts/query.ts', '--db', join(out, 'egov.duckdb'), '--json', 'select vintage, count(*)::int as n from observations group by 1 order by 1']);
    expect(result.status, result.stderr).toBe(0);
    const counts = JSON.parse(result.stdout) as { vintage: string; n: number }[];
    const expected = new Map<string, number>();
    for (const o of observations) expected.set(o.vintage, (expected.get(o.vintage) ?? 0) + 1);
    expect(counts).toEqual([...expected].sort().map(([vintage, n]) => ({ vintage, n })));
  });

  it('derives VN34 rows only from complete member sets, never for ranks', async () => {
    const db = await openDb(join(out, 'egov.duckdb'), { readOnly: true });
    try {
      const bad = await db.all(`
        SELECT d.indicator, d.geo, d.period FROM derived d
        JOIN indicators i ON i.id = d.indicator
        WHERE i.unit = 'rank'
           OR d.n_members <> (SELECT count(*) FROM crosswalk c WHERE c.vn34_code = d.geo)
           OR (d.n_members > 1 AND i.aggregation = 'none')`);
      expect(bad).toEqual([]);
      // every derived value of a sum indicator equals the sum of its members' published values
      const mismatched = await db.all(`
        SELECT d.indicator, d.geo, d.period, d.value, sum(o.value) AS total FROM derived d
        JOIN indicators i ON i.id = d.indicator AND (i.aggregation = 'sum' OR d.n_members = 1)
        JOIN crosswalk c ON c.vn34_code = d.geo
        JOIN observations o ON o.indicator = d.indicator AND o.vintage = 'VN63' AND o.geo = c.vn63_code
             AND o.period = d.period AND o.subunit = '' AND o.breakdown = ''
        GROUP BY ALL HAVING abs(d.value - sum(o.value)) > 1e-9`);
      expect(mismatched).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('writes the downloads: CSV with BOM, JSON, data package', () => {
    const csv = readFileSync(join(out, 'egov-observations.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const json = JSON.parse(readFileSync(join(out, 'egov.json'), 'utf8')) as Record<string, unknown[]>;
    expect(csv.trimEnd().split('\n').length - 1).toBeGreaterThanOrEqual((json.observations ?? []).length);
    expect(JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')).resources).toHaveLength(7);
  });
});
