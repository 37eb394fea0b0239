import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../lib/types.ts';
import { openDb, type Db } from '../db.ts';
import { replaceDirectory } from './atomic.ts';
import { step } from './errors.ts';
import { restoreSql } from '../../lib/csv/formula.ts';
import { compactDatabase } from './compact.ts';
import { writeCsvFile } from './csv-write.ts';
import { writeJsonFile } from './json-write.ts';
import { datapackage } from './datapackage.ts';
import { deriveVn34 } from './derive.ts';
import { createStatistics } from './stats.ts';
import { TABLES, type TableSpec } from './tables.ts';

export const DATABASE_FILE = 'egov.duckdb';

/** The download file of each table: CSV, UTF-8 with BOM so that Excel shows Vietnamese. */
export const csvFile = (table: string): string => `egov-${table}.csv`;

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
export async function bake(dataset: Dataset, outDir: string, effects: BakeEffects = { log: () => {} }): Promise<BakeSummary> {
  const derived = deriveVn34(dataset.observations, dataset.indicators, dataset.crosswalk);
  let contents: Record<string, readonly object[]> | null = {
    indicators: sortBy(dataset.indicators, (r) => [r.id]),
    sources: sortBy(dataset.sources, (r) => [r.id]),
    units: sortBy(dataset.units, (r) => [r.vintage, r.code]),
    crosswalk: sortBy(dataset.crosswalk, (r) => [r.vn63_code]),
    events: sortBy(dataset.events, (r) => [r.id]),
    observations: sortBy(dataset.observations, (r) => [r.indicator, r.vintage, r.geo, r.subunit, r.breakdown, r.period, r.file, r.line]),
    derived,
  };
  const counts = Object.fromEntries(Object.entries(contents).map(([k, v]) => [k, v.length]));

  await replaceDirectory(outDir, async (tmp) => {
    const rows = contents as Record<string, readonly object[]>;
    for (const spec of TABLES) {
      const file = csvFile(spec.name);
      await step('writing the download', join(outDir, file), () => writeCsvFile(join(tmp, file), rows[spec.name] ?? [], spec.columns, { bom: true }));
    }
    effects.log(`wrote ${TABLES.length} CSV downloads`);
    await step('writing the download', join(outDir, 'egov.json'), () => writeJsonFile(join(tmp, 'egov.json'), TABLES, rows));
    effects.log('wrote egov.json');
    // DuckDB loads the CSV files just written: let the rows go before its memory adds to the peak
    // (collected at once when node runs with --expose-gc, as `npm run data:bake` does).
    contents = null;
    (globalThis as { gc?: () => void }).gc?.();
    await step('writing the download', join(outDir, 'datapackage.json'), () => writeFileSync(join(tmp, 'datapackage.json'), JSON.stringify(datapackage(TABLES, csvFile), null, 2) + '\n'));
    // failures name the file as it would be published (the temporary version is removed)
    const dbFile = join(outDir, DATABASE_FILE);
    const db = await step('opening the database', dbFile, () => openDb(join(tmp, DATABASE_FILE)));
    try {
      // The rows are already in memory on the JS side: keep DuckDB's share of the peak small.
      await step('configuring DuckDB', dbFile, async () => {
        await db.run("SET memory_limit = '256MB'");
        await db.run('SET preserve_insertion_order = false');
      });
      for (const spec of TABLES) {
        const file = csvFile(spec.name);
        await step(`loading table ${spec.name}`, join(outDir, file), () => loadTable(db, spec, join(tmp, file)));
      }
      effects.log('loaded tables');
      await step('computing figures, ranks and medians', dbFile, () => createDerivedViews(db));
      effects.log('ranks and medians');
      await step('writing the database', dbFile, () => db.run('CHECKPOINT'));
    } finally {
      db.close();
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

function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
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
