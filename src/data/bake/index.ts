/**
 * The bake: a checked dataset into the baked database and the downloads, atomically. The small
 * tables (indicators, sources, units, crosswalk, events) are written by JavaScript as their CSV
 * downloads and loaded back; the observations are loaded by DuckDB from the data files themselves,
 * VN34 figures derived, ranks and medians computed and the large downloads written, all in SQL:
 * a million rows never pass through JavaScript.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckedDataset } from '../check/index.ts';
import { openDb, type Db } from '../db.ts';
import { replaceDirectory } from './atomic.ts';
import { step } from './errors.ts';
import { restoreSql } from '../../lib/csv/formula.ts';
import { compactDatabase } from './compact.ts';
import { writeCsvFile } from './csv-write.ts';
import { copyCsv, copyJson, copyParquet, parquetFile } from './downloads.ts';
import { datapackage } from './datapackage.ts';
import { createDerived } from './derive.ts';
import { loadObservations } from './observations-load.ts';
import { sqlString } from './sql.ts';
import { createStatistics } from './stats.ts';
import { TABLES, table, type TableSpec } from './tables.ts';

export const DATABASE_FILE = 'egov.duckdb';

/** The download file of each table: CSV, UTF-8 with BOM so that Excel shows Vietnamese. */
export const csvFile = (table: string): string => `egov-${table}.csv`;
export { parquetFile } from './downloads.ts';

/**
 * egov.json (every table in one JSON object) is written up to this many observation and derived
 * rows. Nothing in the site reads it; it is a download for small data, and beyond this it would be
 * hundreds of MB that no browser or JSON.parse takes in one piece (1M rows: 519 MB, 12 s to
 * write). The CSV and Parquet downloads hold every row at any size.
 */
export const JSON_MAX_ROWS = 200_000;

/**
 * DuckDB's memory limit in the bake; it spills to disk beyond it (sorts, aggregates) and uses
 * about 200 MB more than it at the peak. Measured at 1M rows, with the checker's leftover in the
 * same process (its typed-array key table, src/data/check/key-table.ts): 224 MB → peak RSS
 * 537-571 MB, bake 9.5 s; 288 MB → 670-718 MB, 8.8-9.8 s; 320 MB → 578-775 MB in 9 runs, 7.5-8.3 s (the
 * observations' sort no longer spills); 384 MB → 808-814 MB. Below 150 MB the derivation's
 * aggregate runs out of memory.
 */
const DUCKDB_MEMORY = '320MB';

export interface BakeSummary {
  outDir: string;
  counts: Record<string, number>;
}

export interface BakeEffects {
  log(message: string): void;
  /** where the versions that `outDir` links to are kept (default: beside it); see atomic.ts */
  versions?: string;
}

/**
 * Writes the baked database and the downloads for a checked dataset into `outDir`, atomically:
 * everything goes to a temporary sibling directory first, which then replaces `outDir` whole.
 */
export async function bake(dataset: CheckedDataset, outDir: string, effects: BakeEffects = { log: () => {} }): Promise<BakeSummary> {
  const small: Record<string, readonly object[]> = {
    indicators: sortBy(dataset.indicators, (r) => [r.id]),
    sources: sortBy(dataset.sources, (r) => [r.id]),
    units: sortBy(dataset.units, (r) => [r.vintage, r.code]),
    crosswalk: sortBy(dataset.crosswalk, (r) => [r.vn63_code]),
    events: sortBy(dataset.events, (r) => [r.id]),
  };
  const counts: Record<string, number> = Object.fromEntries(Object.entries(small).map(([k, v]) => [k, v.length]));

  await replaceDirectory(outDir, async (tmp) => {
    for (const [name, rows] of Object.entries(small)) {
      const file = csvFile(name);
      await step('writing the download', join(outDir, file), () => writeCsvFile(join(tmp, file), rows, table(name).columns, { bom: true }));
    }
    await step('writing the download', join(outDir, 'datapackage.json'), () => writeFileSync(join(tmp, 'datapackage.json'), JSON.stringify(datapackage(TABLES, csvFile), null, 2) + '\n'));
    // failures name the file as it would be published (the temporary version is removed)
    const dbFile = join(outDir, DATABASE_FILE);
    const spill = join(tmp, '.spill');
    mkdirSync(spill);
    const db = await step('opening the database', dbFile, () => openDb(join(tmp, DATABASE_FILE)));
    try {
      // DuckDB holds the rows now: a bounded share of memory, spilling to disk beyond it
      await step('configuring DuckDB', dbFile, async () => {
        await db.run(`SET memory_limit = '${DUCKDB_MEMORY}'`);
        await db.run(`SET temp_directory = ${sqlString(spill)}`);
      });
      for (const name of Object.keys(small)) {
        await step(`loading table ${name}`, join(outDir, csvFile(name)), () => loadTable(db, table(name), join(tmp, csvFile(name))));
      }
      await step('loading table observations', dbFile, () => loadObservations(db, dataset.observations, join(spill, 'staging.duckdb')));
      effects.log('loaded tables');
      await step('deriving VN34 figures', dbFile, () => createDerived(db));
      effects.log('derived VN34 figures');
      for (const name of ['observations', 'derived']) {
        await step(`describing table ${name}`, dbFile, () => describeTable(db, table(name)));
        const file = csvFile(name);
        await step('writing the download', join(outDir, file), () => copyCsv(db, table(name), join(tmp, file)));
      }
      effects.log('wrote the CSV downloads');
      for (const spec of TABLES) {
        const file = parquetFile(spec.name);
        await step('writing the download', join(outDir, file), () => copyParquet(db, spec, join(tmp, file)));
      }
      effects.log('wrote the Parquet downloads');
      for (const name of ['observations', 'derived']) {
        const [{ n } = { n: 0 }] = await db.all<{ n: number }>(`SELECT count(*) AS n FROM ${name}`);
        counts[name] = n;
      }
      if ((counts.observations ?? 0) + (counts.derived ?? 0) <= JSON_MAX_ROWS) {
        await step('writing the download', join(outDir, 'egov.json'), () => copyJson(db, TABLES, join(tmp, 'egov.json')));
        effects.log('wrote egov.json');
      } else {
        effects.log(`egov.json left out: more than ${JSON_MAX_ROWS} rows (the CSV and Parquet downloads hold them)`);
      }
      await step('computing figures, ranks and medians', dbFile, () => createDerivedViews(db));
      effects.log('ranks and medians');
      await step('writing the database', dbFile, () => db.run('CHECKPOINT'));
    } finally {
      db.close();
      rmSync(spill, { recursive: true, force: true });
    }
    await step('compacting the database', dbFile, () => compactDatabase(join(tmp, DATABASE_FILE)));
    effects.log(`wrote ${DATABASE_FILE}`);
  }, effects.versions);
  return { outDir, counts };
}

async function loadTable(db: Db, spec: TableSpec, csvPath: string): Promise<void> {
  // Read every field as text, then type it: empty text fields stay '' (not NULL), empty numbers NULL.
  const columns = `{${spec.columns.map((c) => `'${c.name}': 'VARCHAR'`).join(', ')}}`;
  const select = spec.columns
    // text comes back as published: the download's formula neutralisation is undone (src/lib/csv/formula.ts)
    .map((c) => (c.type === 'VARCHAR' ? `${restoreSql(`coalesce("${c.name}", '')`)} AS "${c.name}"` : `CAST("${c.name}" AS ${c.type}) AS "${c.name}"`))
    .join(', ');
  await db.run(
    `CREATE TABLE "${spec.name}" AS SELECT ${select} FROM read_csv($1, header = true, columns = ${columns}, quote = '"', escape = '"', delim = ',', encoding = 'utf-8')`,
    [csvPath],
  );
  await describeTable(db, spec);
}

/** The table's and its columns' descriptions, as COMMENTs (the explore page's schema panel shows them). */
async function describeTable(db: Db, spec: TableSpec): Promise<void> {
  await db.run(`COMMENT ON TABLE "${spec.name}" IS ${sqlString(spec.description)}`);
  for (const c of spec.columns) await db.run(`COMMENT ON COLUMN "${spec.name}"."${c.name}" IS ${sqlString(c.description)}`);
}

async function createDerivedViews(db: Db): Promise<void> {
  await db.run(`
    CREATE VIEW figures AS
    SELECT indicator, vintage, geo, period, period_start, period_end, value, qualifier, numerator, denominator,
           source, quote, false AS derived, '' AS members, '' AS derived_method
      FROM observations WHERE subunit = '' AND breakdown = ''
    UNION ALL
    SELECT indicator, vintage, geo, period, period_start, period_end, value, qualifier, numerator, denominator,
           sources AS source, '' AS quote, true AS derived, members, method AS derived_method
      FROM derived`);
  await db.run(`COMMENT ON VIEW figures IS ${sqlString('Province-level and national figures of both maps: published rows (derived = false) and VN34 rows re-aggregated from VN63 (derived = true)')}`);
  await createStatistics(db, sqlString);
  const observationColumns = new Map(TABLES.find((t) => t.name === 'observations')?.columns.map((c) => [c.name, c.description]));
  for (const column of ['indicator', 'vintage', 'geo', 'period', 'period_start', 'period_end', 'value', 'qualifier', 'numerator', 'denominator']) {
    await db.run(`COMMENT ON COLUMN figures.${column} IS ${sqlString(observationColumns.get(column) ?? column)}`);
  }
  for (const [table, column, text] of [
    ['figures', 'source', 'source id (derived rows: the members\u2019 source ids)'],
    ['figures', 'quote', 'verbatim quote (empty for derived rows: see each member\u2019s own row)'],
    ['figures', 'derived', 'true when re-aggregated from VN63 members rather than published'],
    ['figures', 'members', 'VN63 member codes of a derived row, joined by +'],
    ['figures', 'derived_method', 'derived rows: carried_over, sum or ratio (empty for published rows)'],
  ] as const) {
    await db.run(`COMMENT ON COLUMN ${table}.${column} IS ${sqlString(text)}`);
  }
}

/** Sorts by the fields `key` returns, compared in order; no key strings are built per row. */
function sortBy<T>(rows: readonly T[], key: (row: T) => (string | number)[]): T[] {
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) {
      const x = ka[i] as string | number;
      const y = kb[i] as string | number;
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
}
