/**
 * The one build-time connection to the baked database, opened on first use and reused by every
 * page. Queries run one after another (a single DuckDB connection), in the order pages ask.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDb, type Db } from '../db.ts';
import type { Query } from '../../lib/queries/site.ts';

/** Where the database is: $EGOV_DB (tests build from a temporary bake), else public/data/egov.duckdb. */
export function databasePath(env: { EGOV_DB?: string } = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env.EGOV_DB ?? 'public/data/egov.duckdb');
}

let opening: Promise<Db> | null = null;
let queue: Promise<unknown> = Promise.resolve();

function db(): Promise<Db> {
  if (!opening) {
    const file = databasePath();
    if (!existsSync(file)) throw new Error(`no baked database at ${file}: run "npm run data:bake" first`);
    opening = openDb(file, { readOnly: true });
  }
  return opening;
}

/** Runs a built query and returns its rows. */
export function run<T>(query: Query): Promise<T[]> {
  const next = queue.then(async () => (await db()).all<T>(query.sql, query.params));
  queue = next.catch(() => undefined);
  return next;
}
