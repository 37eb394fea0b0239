/**
 * The `observations` table, loaded by DuckDB straight from the checked data/observations files:
 * every field read as text, then typed (empty text '' not NULL, empty numbers NULL; a CRLF inside
 * a quoted field reads as LF, as the checker reads it). Rows are never held in JavaScript.
 *
 * What DuckDB cannot know comes from the checker, small: each period's first and last day
 * (distinct periods are few), and where a record's line is not its index + 2 (quoted line
 * breaks). A file is inserted whole, in file order (insertion order is preserved), so a row's
 * index in its file is its rowid minus the rows inserted before the file; where no record spans
 * lines (the usual case), the line is that index + 2 without a join.
 */
import type { ObservationSource } from '../check/index.ts';
import { OBSERVATION_COLUMNS } from '../check/schema.ts';
import type { Db } from '../db.ts';
import { step } from './errors.ts';
import { sqlName, sqlString } from './sql.ts';
import { table } from './tables.ts';

const LF = 'chr(10)';
const CRLF = 'chr(13) || chr(10)';

/**
 * Creates and fills `observations`, sorted by key, then file and line. The raw rows are staged in
 * a database file of their own at `stagingFile` (on disk, not in memory; removed by the caller),
 * so the baked file holds no freed blocks.
 */
export async function loadObservations(db: Db, source: ObservationSource, stagingFile: string): Promise<void> {
  await db.run(`ATTACH ${sqlString(stagingFile)} AS stage`);
  const raw = OBSERVATION_COLUMNS.map((c) => `${sqlName(c)} VARCHAR`).join(', ');
  await db.run(`CREATE TABLE stage.obs_raw (${raw}, file_no INTEGER)`);
  await db.run('CREATE TABLE stage.obs_files (file_no INTEGER, file VARCHAR, first_row BIGINT, rows BIGINT)');
  await db.run('CREATE TABLE stage.obs_shifts (file_no INTEGER, row_index BIGINT, shift INTEGER)');
  await db.run('CREATE TABLE stage.obs_periods (period VARCHAR, period_start DATE, period_end DATE)');
  const columns = `{${OBSERVATION_COLUMNS.map((c) => `${sqlString(c)}: 'VARCHAR'`).join(', ')}}`;
  let first = 0;
  for (const [no, f] of source.files.entries()) {
    await step('loading table observations', f.file, async () => {
      await db.run(
        `INSERT INTO stage.obs_raw SELECT *, ${no} FROM read_csv($1, header = true, auto_detect = false, columns = ${columns}, quote = '"', escape = '"', delim = ',', encoding = 'utf-8')`,
        [f.path],
      );
      const [{ n } = { n: 0 }] = await db.all<{ n: number }>('SELECT count(*) AS n FROM stage.obs_raw WHERE file_no = $1', [no]);
      // the checker passed every record of the file: DuckDB must read as many
      if (n !== f.rows) throw new Error(`DuckDB read ${n} rows where the checker read ${f.rows}`);
    });
    await db.run('INSERT INTO stage.obs_files VALUES ($1, $2, $3, $4)', [no, f.file, first, f.rows]);
    first += f.rows;
    await insertRows(db, 'stage.obs_shifts', f.shifts.map(([index, shift]) => [no, index, shift]));
  }
  await insertRows(db, 'stage.obs_periods', source.periods.map((p) => [p.text, p.start, p.end]));
  // the line is the record's index + 2 unless records before it span several lines
  const shifted = source.files.some((f) => f.shifts.length > 0);
  const select = table('observations').columns.map((c) => {
    const name = sqlName(c.name);
    if (c.name === 'period_start' || c.name === 'period_end') return `p.${name}`;
    if (c.name === 'file') return 'o.file';
    if (c.name === 'line') return `CAST(o.row_index + 2${shifted ? ' + coalesce(s.shift, 0)' : ''} AS INTEGER) AS line`;
    if (c.type === 'VARCHAR') return `replace(coalesce(o.${name}, ''), ${CRLF}, ${LF}) AS ${name}`;
    return `CAST(nullif(o.${name}, '') AS ${c.type}) AS ${name}`;
  });
  await db.run(`
    CREATE TABLE observations AS
    SELECT ${select.join(', ')}
      FROM (SELECT r.*, f.file, r.rowid - f.first_row AS row_index FROM stage.obs_raw r JOIN stage.obs_files f USING (file_no)) o
      JOIN stage.obs_periods p ON p.period = o.period
      ${shifted ? 'ASOF LEFT JOIN stage.obs_shifts s ON s.file_no = o.file_no AND o.row_index >= s.row_index' : ''}
     ORDER BY indicator, vintage, geo, subunit, breakdown, period, file, line`);
  await db.run('DETACH stage');
  const [{ n } = { n: 0 }] = await db.all<{ n: number }>('SELECT count(*) AS n FROM observations');
  if (n !== source.count) throw new Error(`observations: ${n} rows loaded of ${source.count} (a period without its dates?)`);
}

/** Inserts small lists of rows (the checker's periods and shifts) in batches of parameters. */
async function insertRows(db: Db, name: string, rows: (string | number)[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500);
    const width = batch[0]?.length ?? 0;
    const values = batch.map((_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`).join(', ');
    await db.run(`INSERT INTO ${name} VALUES ${values}`, batch.flat());
  }
}
