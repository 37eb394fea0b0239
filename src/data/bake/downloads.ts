/**
 * The downloads DuckDB writes from the baked tables, rows never passing through JavaScript:
 * - a table's CSV (`csvFile`): UTF-8 with a BOM for Excel, the columns of tables.ts in order, LF
 *   line ends, a field quoted only when it must be, text a spreadsheet would run as a formula
 *   neutralised (src/lib/csv/formula.ts), numbers as JavaScript writes them (sql.ts) — the bytes
 *   src/lib/csv/write.ts writes for the same rows (downloads.test.ts);
 * - every table's Parquet (`parquetFile`), typed, for those who load data rather than open it;
 * - egov.json, every table as `{"table": [{...}, ...], ...}`, each table's array written by
 *   DuckDB and the parts joined by streaming.
 */
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { neutralizeSql } from '../../lib/csv/formula.ts';
import type { Db } from '../db.ts';
import { jsNumberSql, sqlName, sqlString } from './sql.ts';
import type { ColumnSpec, TableSpec } from './tables.ts';

/** The Parquet download of each table, beside its CSV. */
export const parquetFile = (table: string): string => `egov-${table}.parquet`;

/** A column as CSV text: NULL and '' both written empty (DuckDB would quote ''). */
function csvCell(c: ColumnSpec): string {
  const name = sqlName(c.name);
  if (c.type === 'VARCHAR') return `nullif(${neutralizeSql(name)}, '')`;
  if (c.type === 'DOUBLE') return jsNumberSql(name);
  if (c.type === 'BOOLEAN') return `CASE WHEN ${name} THEN 'true' WHEN NOT ${name} THEN 'false' END`;
  return `CAST(${name} AS VARCHAR)`;
}

/**
 * Writes `spec`'s table as CSV to `path`, its rows in table order (the bake creates the tables
 * sorted). COPY has no BOM option: the BOM and header are written first and the rows DuckDB
 * wrote appended to them.
 */
export async function copyCsv(db: Db, spec: TableSpec, path: string): Promise<void> {
  const body = `${path}.rows`;
  const cells = spec.columns.map((c) => csvCell(c)).join(', ');
  await db.run(`COPY (SELECT ${cells} FROM ${sqlName(spec.name)}) TO ${sqlString(body)} (FORMAT CSV, HEADER false, DELIMITER ',', QUOTE '"', ESCAPE '"', NEW_LINE '\n')`);
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, `\uFEFF${spec.columns.map((c) => c.name).join(',')}\n`);
    appendFile(fd, body, false);
  } finally {
    closeSync(fd);
  }
  rmSync(body);
}

/** Writes `spec`'s table as Parquet (its rows in table order). */
export async function copyParquet(db: Db, spec: TableSpec, path: string): Promise<void> {
  await db.run(`COPY ${sqlName(spec.name)} TO ${sqlString(path)} (FORMAT PARQUET, COMPRESSION ZSTD)`);
}

/** Writes egov.json at `path`: each table's rows in table order, keys in column order. */
export async function copyJson(db: Db, tables: readonly TableSpec[], path: string): Promise<void> {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, '{');
    for (const [t, spec] of tables.entries()) {
      const part = `${path}.${spec.name}.part`;
      const columns = spec.columns.map((c) => sqlName(c.name)).join(', ');
      await db.run(`COPY (SELECT ${columns} FROM ${sqlName(spec.name)}) TO ${sqlString(part)} (FORMAT JSON, ARRAY true)`);
      writeSync(fd, `${t ? ',' : ''}${JSON.stringify(spec.name)}:`);
      appendFile(fd, part, true);
      rmSync(part);
    }
    writeSync(fd, '}\n');
  } finally {
    closeSync(fd);
  }
}

/** Copies the file at `path` onto `fd` in 1 MB chunks, without its last line end when `trim`. */
function appendFile(fd: number, path: string, trim: boolean): void {
  const input = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(1 << 20);
    let pending: Buffer | null = null;
    for (let n = readSync(input, buffer); n > 0; n = readSync(input, buffer)) {
      if (pending) writeSync(fd, pending);
      pending = Buffer.from(buffer.subarray(0, n));
    }
    if (pending) {
      const end = trim && pending.at(-1) === 0x0a ? pending.length - 1 : pending.length;
      writeSync(fd, pending.subarray(0, end));
    }
  } finally {
    closeSync(input);
  }
}
