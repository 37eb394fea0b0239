import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { openDb } from '../db.ts';

/**
 * DuckDB's smallest block: the browser reads the database by Range requests block by block, so
 * small blocks mean a first answer that fetches little (a 277-row database: 2.9 MB in the default
 * 256 KiB blocks, 0.5 MB in these). Measured 16/32/64 KiB: 16 KiB gives the smallest file.
 */
export const COMPACT_BLOCK_SIZE = 16 * 1024;

/**
 * Beyond this size small blocks cost more than they save (1M synthetic rows: 11.8 MB in 256 KiB
 * blocks, 16.7 MB in 16 KiB ones, 10 s to copy): a large database is read by Range anyway, and the
 * bake writes it fresh, without free blocks. Measured, not guessed; the smaller file is kept.
 */
export const COMPACT_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Rewrites the DuckDB file at `path` into a fresh file with small blocks and no free ones (every
 * table, view and comment copied by COPY FROM DATABASE), and puts it in place of the original when
 * it is smaller. The original stays whole until the rename; a failure leaves it untouched.
 * Returns whether the file was replaced.
 */
export async function compactDatabase(path: string): Promise<boolean> {
  const before = statSync(path).size;
  if (before > COMPACT_MAX_BYTES) return false;
  const fresh = `${path}.compact-${process.pid}`;
  rmSync(fresh, { force: true });
  rmSync(`${fresh}.wal`, { force: true });
  const db = await openDb(':memory:');
  try {
    await db.run(`ATTACH ${quote(path)} AS source_db (READ_ONLY)`);
    await db.run(`ATTACH ${quote(fresh)} AS compact_db (BLOCK_SIZE ${COMPACT_BLOCK_SIZE})`);
    await db.run('COPY FROM DATABASE source_db TO compact_db');
    await db.run('CHECKPOINT compact_db');
    await db.run('DETACH compact_db');
    await db.run('DETACH source_db');
  } catch (error) {
    rmSync(fresh, { force: true });
    rmSync(`${fresh}.wal`, { force: true });
    throw error;
  } finally {
    db.close();
  }
  if (existsSync(`${fresh}.wal`)) throw new Error(`compacting ${path} left a write-ahead log behind`);
  if (statSync(fresh).size >= before) {
    rmSync(fresh);
    return false;
  }
  renameSync(fresh, path);
  return true;
}

function quote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
