/**
 * The bake's floor: DuckDB (node) alone loading the same observation CSVs into a database file,
 * with explicit column types, in its own process. Prints STATS (peak RSS, load time) to stderr.
 * Usage: node scripts/bench/duckdb-load.ts DATA_DIR OUT_FILE
 */
import { join } from 'node:path';
import { openDb } from '../../src/data/db.ts';
import { fail, parseArgs, reportStats } from '../lib/cli.ts';

/** The observation files' columns with the types the bake gives them. */
export const OBSERVATION_COLUMNS = {
  indicator: 'VARCHAR', vintage: 'VARCHAR', geo: 'VARCHAR', subunit: 'VARCHAR', breakdown: 'VARCHAR', period: 'VARCHAR',
  value: 'DOUBLE', qualifier: 'VARCHAR', numerator: 'DOUBLE', denominator: 'DOUBLE', source: 'VARCHAR', quote: 'VARCHAR', note_vi: 'VARCHAR', note_en: 'VARCHAR',
} as const;

/** Loads DATA_DIR/observations/*.csv into a table of a new database at `out`; returns the row count. */
export async function duckdbLoad(dataDir: string, out: string): Promise<number> {
  const db = await openDb(out);
  try {
    const columns = `{${Object.entries(OBSERVATION_COLUMNS).map(([k, v]) => `'${k}': '${v}'`).join(', ')}}`;
    await db.run(`CREATE TABLE observations AS SELECT * FROM read_csv($1, header = true, columns = ${columns}, quote = '"', escape = '"', delim = ',')`, [join(dataDir, 'observations', '*.csv')]);
    await db.run('CHECKPOINT');
    const [row] = await db.all<{ n: number }>('SELECT count(*) AS n FROM observations');
    return row?.n ?? 0;
  } finally {
    db.close();
  }
}

if (import.meta.main) {
  const usage = 'usage: node scripts/bench/duckdb-load.ts DATA_DIR OUT_FILE';
  const [dataDir, out, ...rest] = parseArgs(process.argv.slice(2), { usage, options: {}, positionals: true }).positionals;
  if (!dataDir || !out || rest.length > 0) fail('give DATA_DIR and OUT_FILE', usage);
  const t0 = performance.now();
  const rows = await duckdbLoad(dataDir, out);
  reportStats(true, { loadMs: performance.now() - t0, rows });
}
