/**
 * Build-time: the result of every example question, computed by node DuckDB on the baked
 * database, so the explore page shows an example's answer at once (labelled as precomputed)
 * before the in-browser engine has arrived. Same plain values as the engine's (src/client/duckdb/result.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openDb, plain } from '../db.ts';
import { DATABASE_FILE } from '../bake/index.ts';
import { EXAMPLES } from '../../lib/queries/examples.ts';
import type { Cell, ColumnKind, ResultTable } from '../../client/duckdb/result.ts';

/** The kind the browser engine gives a DuckDB type (its Arrow type), from the type's SQL name. */
export function kindOfSqlType(type: string): ColumnKind {
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL)\b/.test(type)) return 'number';
  if (type === 'VARCHAR') return 'string';
  if (type === 'DATE') return 'date';
  if (type.startsWith('TIMESTAMP')) return 'datetime';
  if (type === 'BOOLEAN') return 'boolean';
  return 'other';
}

/** Example id → its result on the database at `path` (public/data/egov.duckdb, baked before the build). */
export async function precomputeExamples(path: string = join(process.cwd(), 'public/data', DATABASE_FILE)): Promise<Record<string, ResultTable>> {
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run data:bake" (npm run build does)`);
  const db = await openDb(path, { readOnly: true });
  try {
    const results: Record<string, ResultTable> = {};
    for (const example of EXAMPLES) {
      const reader = await db.connection.runAndReadAll(example.sql);
      const types = reader.columnTypes().map(String);
      const rows = reader.getRowsJS();
      results[example.id] = {
        rowCount: rows.length,
        columns: reader.columnNames().map((name, index) => {
          const type = types[index] ?? '';
          return { name, type, kind: kindOfSqlType(type), values: rows.map((row) => plain(row[index]) as Cell) };
        }),
      };
    }
    return results;
  } finally {
    db.close();
  }
}
