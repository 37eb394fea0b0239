import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../data/db.ts';
import { correlationQuery, seriesQuery } from './correlation.ts';
import { EXAMPLES, exampleById } from './examples.ts';
import { groupSchema, quoteIdentifier, schemaQuery, type SchemaRow } from './schema.ts';
import { bakeSynthetic, type SyntheticDb } from '../../../test/fixtures/synthetic-bake.ts';

describe('query builders as strings', () => {
  it('binds every user choice as a parameter, never in the SQL text', () => {
    const built = correlationQuery({ vintage: 'VN63', x: { indicator: 'dti_score', period: '2021' }, y: { indicator: 'egov_index_score', period: '2017' } });
    expect(built.params).toEqual(['dti_score', '2021', 'egov_index_score', '2017', 'VN63']);
    expect(built.sql).not.toContain('dti_score');
    expect(built.sql).not.toContain('2021');
    expect(built.sql).toMatch(/corr\(y, x\) OVER \(\)/);
  });
  it('rejects ids that are not indicator ids', () => {
    expect(() => correlationQuery({ vintage: 'VN63', x: { indicator: "x'; DROP", period: '2021' }, y: { indicator: 'a', period: '1' } })).toThrow(/invalid indicator id/);
    expect(() => seriesQuery(1)).toThrow(/invalid minimum/);
  });
  it('quotes identifiers only when needed', () => {
    expect(quoteIdentifier('period_start')).toBe('period_start');
    expect(quoteIdentifier('Tỉnh "mới"')).toBe('"Tỉnh ""mới"""');
  });
  it('has unique example ids, each one statement', () => {
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
    for (const e of EXAMPLES) expect(e.sql.replace(/--.*$/gm, '').includes(';')).toBe(false);
    expect(exampleById('dti-2022-vs-egov-2017')?.title_en).toContain('DTI');
  });
});

describe('query builders against a synthetic baked database', () => {
  let dir = '';
  let db: Db;
  let fixture: SyntheticDb;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'egov-queries-'));
    fixture = await bakeSynthetic(join(dir, 'out'));
    db = await openDb(fixture.path, { readOnly: true });
  });
  afterAll(() => {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists every table with its columns and comments', async () => {
    const { sql, params } = schemaQuery('egov');
    // The browser attaches the file AS egov; node opens it under its file name, which is egov too.
    const tables = groupSchema(await db.all<SchemaRow>(sql, params));
    const names = tables.map((t) => t.name);
    for (const name of ['indicators', 'observations', 'units', 'crosswalk', 'figures', 'ranks']) expect(names).toContain(name);
    const observations = tables.find((t) => t.name === 'observations');
    expect(observations?.comment).not.toBe('');
    expect(observations?.columns.find((c) => c.name === 'value')).toMatchObject({ type: 'DOUBLE' });
    expect(observations?.columns.every((c) => c.comment !== '')).toBe(true);
  });

  it('finds exactly the provinces given no level-4 dossiers', async () => {
    const rows = await db.all<{ code: string; value: number }>(exampleById('no-level4-dossiers-2019')?.sql ?? '');
    expect(rows.map((r) => r.code)).toEqual(fixture.zeroLevel4);
    expect(rows.every((r) => r.value === 0)).toBe(true);
  });

  it('ranks the signed-document share with ties sharing a rank', async () => {
    const rows = await db.all<{ rank: number; ty_le_ky_so: number }>(exampleById('signed-documents-ranking')?.sql ?? '');
    expect(rows).toHaveLength(fixture.vn63.length);
    for (let i = 1; i < rows.length; i++) {
      const [before, row] = [rows[i - 1], rows[i]] as [typeof rows[0], typeof rows[0]];
      expect(row.ty_le_ky_so).toBeLessThanOrEqual(before.ty_le_ky_so);
      if (row.ty_le_ky_so === before.ty_le_ky_so) expect(row.rank).toBe(before.rank);
      else expect(row.rank).toBe(i + 1);
    }
  });

  it('pairs the two rankings by province', async () => {
    const rows = await db.all<{ hang_cpdt_2017: number; hang_dti_2022: number; thay_doi: number }>(exampleById('dti-2022-vs-egov-2017')?.sql ?? '');
    expect(rows).toHaveLength(63);
    expect(rows.map((r) => r.hang_dti_2022)).toEqual(Array.from({ length: 63 }, (_, i) => i + 1));
    for (const r of rows) expect(r.thay_doi).toBe(r.hang_cpdt_2017 - r.hang_dti_2022);
  });

  it('lists the three members of new Ho Chi Minh City', async () => {
    const rows = await db.all<{ ma_vn63: string; indicator: string }>(exampleById('hcmc-members-before-merger')?.sql ?? '');
    expect(new Set(rows.map((r) => r.ma_vn63))).toEqual(new Set(['74', '77', '79']));
    // 3 DTI years + 1 e-government year per member
    expect(rows).toHaveLength(3 * 4);
  });

  it('runs every example without error', async () => {
    for (const example of EXAMPLES) await expect(db.all(example.sql)).resolves.toBeInstanceOf(Array);
  });

  it('computes r and the regression line as the textbook formulas do', async () => {
    const { sql, params } = correlationQuery({ vintage: 'VN63', x: { indicator: 'dti_score', period: '2021' }, y: { indicator: 'dti_score', period: '2022' } });
    const rows = await db.all<{ x: number; y: number; r: number; slope: number; intercept: number; n: number }>(sql, params);
    expect(rows).toHaveLength(63);
    const n = rows.length;
    const mx = rows.reduce((s, r) => s + r.x, 0) / n;
    const my = rows.reduce((s, r) => s + r.y, 0) / n;
    const sxy = rows.reduce((s, r) => s + (r.x - mx) * (r.y - my), 0);
    const sxx = rows.reduce((s, r) => s + (r.x - mx) ** 2, 0);
    const syy = rows.reduce((s, r) => s + (r.y - my) ** 2, 0);
    const first = rows[0] as (typeof rows)[0];
    expect(first.n).toBe(63);
    expect(first.r).toBeCloseTo(sxy / Math.sqrt(sxx * syy), 10);
    expect(first.slope).toBeCloseTo(sxy / sxx, 10);
    expect(first.intercept).toBeCloseTo(my - (sxy / sxx) * mx, 10);
  });

  it('offers only series with enough provinces', async () => {
    const { sql, params } = seriesQuery(3);
    const rows = await db.all<{ indicator: string; period: string; n: number }>(sql, params);
    expect(rows.map((r) => `${r.indicator}@${r.period}`)).toContain('dti_score@2021');
    expect(rows.every((r) => r.n >= 3)).toBe(true);
  });
});
