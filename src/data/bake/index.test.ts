import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../db.ts';
import { dataset, indicator, obs } from './fixture.test-helpers.ts';
import { bake, csvFile, parquetFile } from './index.ts';

const work = mkdtempSync(join(tmpdir(), 'bake-test-'));
const out = join(work, 'data');

const share = indicator('share', { unit: 'percent', aggregation: 'ratio' });
const count = indicator('dossiers', { unit: 'count', aggregation: 'sum' });
const rank = indicator('ranking', { unit: 'rank', aggregation: 'none', direction: 'lower_better' });
const DATA = dataset(
  [
    obs('share', '33', 25, { numerator: 10, denominator: 40, quote: 'tỉ lệ 25% "trích"' }),
    obs('share', '34', 56.25, { numerator: 90, denominator: 160 }),
    obs('share', '04', 80, { numerator: 8, denominator: 10 }),
    obs('dossiers', '35', 9000, { qualifier: 'at_least', quote: 'hơn 9.000, dòng\nmới' }),
    obs('dossiers', '36', 10),
    obs('dossiers', '37', 2),
    obs('dossiers', 'VN', 50000),
    obs('ranking', '04', 2),
    obs('ranking', '33', 1),
  ],
  [share, count, rank],
);

beforeAll(async () => {
  await bake(DATA, out);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('bake', () => {
  it('re-aggregates VN34 shares from parts and counts by sum, flagged as derived', async () => {
    const db = await openDb(join(out, 'egov.duckdb'), { readOnly: true });
    try {
      const rows = await db.all("SELECT indicator, geo, value, qualifier, members FROM figures WHERE derived ORDER BY indicator, geo");
      expect(rows).toEqual([
        { indicator: 'dossiers', geo: '37', value: 9012, qualifier: 'at_least', members: '35+36+37' },
        { indicator: 'share', geo: '04', value: 80, qualifier: '', members: '04' },
        { indicator: 'share', geo: '33', value: 50, qualifier: '', members: '33+34' },
      ]);
    } finally {
      db.close();
    }
  });

  it('ranks published figures by direction, per vintage, without the national row or derived rows', async () => {
    const db = await openDb(join(out, 'egov.duckdb'), { readOnly: true });
    try {
      // 3 of the fixture's 6 VN63 provinces have a share: a partial rank; VN34 has only derived rows: none
      expect(await db.all("SELECT vintage, geo, rank, n, basis FROM ranks WHERE indicator = 'share' ORDER BY vintage, rank")).toEqual([
        { vintage: 'VN63', geo: '04', rank: 1, n: 3, basis: 'partial' },
        { vintage: 'VN63', geo: '34', rank: 2, n: 3, basis: 'partial' },
        { vintage: 'VN63', geo: '33', rank: 3, n: 3, basis: 'partial' },
      ]);
      // a rank indicator's figures are the publisher's ranks, of every unit of the map (6)
      expect(await db.all("SELECT geo, rank, n, basis FROM ranks WHERE indicator = 'ranking' ORDER BY rank")).toEqual([
        { geo: '33', rank: 1, n: 6, basis: 'published' },
        { geo: '04', rank: 2, n: 6, basis: 'published' },
      ]);
      expect(await db.all("SELECT count(*) AS n FROM ranks WHERE indicator = 'dossiers' AND vintage = 'VN34'")).toEqual([{ n: 0 }]);
      // "hơn 9.000" ranks first, marked approximate
      expect(await db.all("SELECT geo, rank, approx FROM ranks WHERE indicator = 'dossiers' AND vintage = 'VN63' ORDER BY rank")).toEqual([
        { geo: '35', rank: 1, approx: true },
        { geo: '36', rank: 2, approx: false },
        { geo: '37', rank: 3, approx: false },
      ]);
      // median of 9000 (a lower bound), 10, 2 — 3 of 6 provinces, none ranked by a publisher: the median of the published
      expect(await db.all("SELECT vintage, median, n, n_qualified, basis FROM medians WHERE indicator = 'dossiers' ORDER BY vintage")).toEqual([
        { vintage: 'VN63', median: 10, n: 3, n_qualified: 1, basis: 'published_only' },
      ]);
      // VN34 has one figure of 3 units (the fixture's map): too few for any median
      expect(await db.all("SELECT count(*)::int AS n FROM medians WHERE vintage = 'VN34' AND indicator = 'dossiers'")).toEqual([{ n: 0 }]);
    } finally {
      db.close();
    }
  });

  it('keeps empty text as empty, not NULL, and missing numbers as NULL', async () => {
    const db = await openDb(join(out, 'egov.duckdb'), { readOnly: true });
    try {
      expect(await db.all("SELECT subunit, numerator, quote FROM observations WHERE indicator = 'dossiers' AND geo = '35'")).toEqual([
        { subunit: '', numerator: null, quote: 'hơn 9.000, dòng\nmới' },
      ]);
    } finally {
      db.close();
    }
  });

  it('describes every table and column for the schema panel', async () => {
    const db = await openDb(join(out, 'egov.duckdb'), { readOnly: true });
    try {
      const missing = await db.all("SELECT table_name, column_name FROM duckdb_columns() WHERE database_name = current_database() AND (comment IS NULL OR comment = '')");
      expect(missing).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('writes CSV with a BOM for Excel, quoting what must be quoted', () => {
    const text = readFileSync(join(out, csvFile('observations')), 'utf8');
    expect(text.startsWith('\uFEFFindicator,vintage,geo,')).toBe(true);
    expect(text).toContain('"tỉ lệ 25% ""trích"""');
    expect(text).toContain('"hơn 9.000, dòng\nmới"');
  });

  it('is deterministic: a second bake gives byte-identical CSV, Parquet and JSON', async () => {
    const again = join(work, 'again');
    await bake(DATA, again);
    for (const file of [csvFile('observations'), csvFile('derived'), parquetFile('observations'), 'egov.json', 'datapackage.json']) {
      expect(readFileSync(join(again, file)).equals(readFileSync(join(out, file))), file).toBe(true);
    }
  });

  it('describes the downloads in a Frictionless data package', () => {
    const pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as { resources: { name: string; path: string; schema: { fields: { name: string }[] } }[] };
    const observations = pkg.resources.find((r) => r.name === 'observations');
    expect(observations?.path).toBe('egov-observations.csv');
    const header = readFileSync(join(out, 'egov-observations.csv'), 'utf8').slice(1).split('\n')[0];
    expect(observations?.schema.fields.map((f) => f.name).join(',')).toBe(header);
  });
});
