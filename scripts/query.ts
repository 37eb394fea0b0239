import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDb, type Row } from '../src/data/db.ts';
import { formatTable, toCsvText } from './lib/table.ts';
import { ROOT, exit, fail, parseArgs } from './lib/cli.ts';

const USAGE = `npm run query -- "SQL" [--csv | --json] [--db FILE]

Runs SQL against the baked database (read-only) and prints the result.
Tables: indicators, sources, units, crosswalk, events, observations, derived, figures (view),
ranks, medians. Describe them with: npm run query -- "select * from duckdb_columns()"

  --csv        print CSV instead of a table
  --json       print JSON (one array of objects)
  --db FILE    database file (default: public/data/egov.duckdb)
  --help       this text`;

const { values: flags, positionals } = parseArgs(process.argv.slice(2), {
  usage: USAGE,
  options: { db: { type: 'string' }, csv: { type: 'boolean' }, json: { type: 'boolean' } },
  positionals: true,
});
const sql = positionals.join(' ').trim();
if (!sql) fail('no SQL given', USAGE);
const file = resolve(ROOT, flags.db ?? 'public/data/egov.duckdb');
if (!existsSync(file)) fail(`no database at ${file}: run "npm run data:bake" first`);

const db = await openDb(file, { readOnly: true });
let rows: Row[];
try {
  rows = await db.all(sql);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  exit(1);
} finally {
  db.close();
}
if (flags.json) process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
else if (flags.csv) process.stdout.write(toCsvText(rows));
else process.stdout.write(formatTable(rows) + '\n');
