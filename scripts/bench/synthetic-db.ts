/**
 * A synthetic database with the baked `observations` columns (made-up values, for benchmarks and
 * tests only, never published), compacted as the bake compacts its own, and a site root that is
 * dist/ with that database in place of the baked one.
 */
import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { openDb } from '../../src/data/db.ts';
import { compactDatabase } from '../../src/data/bake/compact.ts';

/** Writes `rows` synthetic observations to a new DuckDB file at `path`. */
export async function syntheticDatabase(path: string, rows: number): Promise<void> {
  const db = await openDb(path);
  try {
    await db.run(`CREATE TABLE observations AS
      SELECT 'indicator_' || (i % 40) AS indicator,
             CASE WHEN i % 5 = 0 THEN 'VN34' ELSE 'VN63' END AS vintage,
             lpad(CAST(i % 63 AS VARCHAR), 2, '0') AS geo,
             CAST(2017 + i % 9 AS VARCHAR) AS period,
             CAST(hash(i) % 100000 AS DOUBLE) / 100 AS value
      FROM range(${rows}) AS t(i)`);
    await db.run('CREATE TABLE units AS SELECT DISTINCT vintage, geo AS code FROM observations');
    await db.run('CHECKPOINT');
  } finally {
    db.close();
  }
  await compactDatabase(path);
}

/** A site root in `dir` that is `dist` except for data/egov.duckdb, linked to `database`. */
export function siteWith(dist: string, database: string, dir: string): string {
  const root = join(dir, 'site');
  mkdirSync(join(root, 'data'), { recursive: true });
  for (const entry of readdirSync(dist)) if (entry !== 'data') symlinkSync(join(dist, entry), join(root, entry));
  symlinkSync(database, join(root, 'data', 'egov.duckdb'));
  return root;
}
