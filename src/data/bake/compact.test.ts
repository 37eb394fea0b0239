import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../db.ts';
import { COMPACT_BLOCK_SIZE, compactDatabase } from './compact.ts';

describe('compactDatabase', () => {
  const dir = mkdtempSync(join(tmpdir(), 'compact-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every table, view, row and comment, in a smaller file of small blocks with no free block', async () => {
    const path = join(dir, "it's.duckdb");
    const db = await openDb(path);
    await db.run("CREATE TABLE t AS SELECT range AS id, 'row ' || range AS label FROM range(5000)");
    await db.run('CREATE TABLE dropped AS SELECT range AS x FROM range(200000)');
    await db.run("COMMENT ON TABLE t IS 'a table'");
    await db.run("COMMENT ON COLUMN t.label IS 'a label'");
    await db.run("CREATE VIEW v AS SELECT id FROM t WHERE id % 2 = 0");
    await db.run('CHECKPOINT');
    await db.run('DROP TABLE dropped');
    await db.run('CHECKPOINT');
    db.close();
    const before = statSync(path).size;

    expect(await compactDatabase(path)).toBe(true);

    expect(statSync(path).size).toBeLessThan(before);
    expect(readdirSync(dir)).toEqual(["it's.duckdb"]);
    const after = await openDb(path, { readOnly: true });
    try {
      expect(await after.all('SELECT count(*) AS n, sum(id) AS s FROM t')).toEqual([{ n: 5000, s: (4999 * 5000) / 2 }]);
      expect(await after.all('SELECT count(*) AS n FROM v')).toEqual([{ n: 2500 }]);
      expect(await after.all("SELECT comment FROM duckdb_tables() WHERE table_name = 't'")).toEqual([{ comment: 'a table' }]);
      expect(await after.all("SELECT comment FROM duckdb_columns() WHERE table_name = 't' AND column_name = 'label'")).toEqual([{ comment: 'a label' }]);
      const [size] = await after.all<{ block_size: number; free_blocks: number }>('SELECT block_size, free_blocks FROM pragma_database_size() WHERE block_size > 0');
      expect(size).toEqual({ block_size: COMPACT_BLOCK_SIZE, free_blocks: 0 });
    } finally {
      after.close();
    }
  });

  it('keeps a file that small blocks would not make smaller', async () => {
    const path = join(dir, 'tiny.duckdb');
    const db = await openDb(path);
    await db.run('CREATE TABLE t AS SELECT 1 AS x');
    db.close();
    await compactDatabase(path);
    const size = statSync(path).size;
    // compacted once already: a second pass cannot shrink it and leaves it as it is
    expect(await compactDatabase(path)).toBe(false);
    expect(statSync(path).size).toBe(size);
    expect(readdirSync(dir).sort()).toEqual(["it's.duckdb", 'tiny.duckdb']);
    rmSync(path);
  });

  it('leaves the original whole when it cannot be read', async () => {
    await expect(compactDatabase(join(dir, 'missing.duckdb'))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(["it's.duckdb"]);
  });
});
