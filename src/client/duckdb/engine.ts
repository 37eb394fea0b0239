/// <reference types="astro/client" />
/**
 * The one DuckDB-WASM instance of a page, shared by every island. It starts on first need (a
 * query, or a sign that one is coming: focus in the editor, a pointer on Run), from self-hosted
 * files with content-hashed names (public/duckdb/, written by scripts/build-duckdb-assets.ts and
 * named in the page by the explore shell). The worker, the wasm and a small database are requested
 * together (downloads.ts), while this module loads; a large database is read by Range requests,
 * only the blocks a query needs. The database is attached read-only, and then external access is
 * turned off, so a query can read nothing but that database. Every query waits for start-up;
 * connections close in `finally`.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { Table, type RecordBatch, type Schema } from 'apache-arrow';
import { MODULE_MESSAGE } from '../../lib/engine-assets.ts';
import { takeDownloads, type EngineUrls } from './downloads.ts';
import { describeEngineFailure, type EngineError } from './messages.ts';
import { fromArrow, type ResultTable } from './result.ts';

export type Param = string | number | boolean | null;
export type EnginePhase = 'idle' | 'loading' | 'starting' | 'ready' | 'failed';

export interface EngineStatus {
  phase: EnginePhase;
  /** compressed engine bytes received so far, and expected (0 when the server did not say) */
  bytesLoaded: number;
  bytesTotal: number;
  error: EngineError | null;
}

export { engineUrls, pageEngineFiles, type EngineFiles, type EngineUrls } from './downloads.ts';

/** The name under which the database is registered in the engine and attached. */
export const DATABASE_NAME = 'egov.duckdb';

/** The statements that attach the baked database (registered as `name`) and then lock the engine down. */
export function lockdownSql(name: string = DATABASE_NAME): string[] {
  return [
    // Offline there is no extension repository; an autoload attempt would only fail later, and
    // every extension fetch is a request to another origin.
    'SET autoload_known_extensions = false',
    'SET autoinstall_known_extensions = false',
    `ATTACH '${name.replaceAll("'", "''")}' AS egov (READ_ONLY)`,
    'USE egov',
    // After this no query can open another file or URL; lock_configuration stops a query from
    // turning it back on.
    'SET enable_external_access = false',
    'SET lock_configuration = true',
  ];
}

const IDLE: EngineStatus = { phase: 'idle', bytesLoaded: 0, bytesTotal: 0, error: null };
let status: EngineStatus = IDLE;
let starting: Promise<AsyncDuckDB> | null = null;
let worker: Worker | null = null;
const listeners = new Set<(status: EngineStatus) => void>();

function setStatus(next: Partial<EngineStatus>): void {
  status = { ...status, ...next };
  for (const listener of listeners) listener(status);
}

/** The engine's current state (loading progress, failure). */
export function engineStatus(): EngineStatus {
  return status;
}

/** Calls `listener` now and on every change; returns the unsubscribe function. */
export function subscribeEngine(listener: (status: EngineStatus) => void): () => void {
  listeners.add(listener);
  listener(status);
  return () => listeners.delete(listener);
}

async function start(given: EngineUrls | undefined): Promise<AsyncDuckDB> {
  setStatus({ phase: 'loading', bytesLoaded: 0, bytesTotal: 0, error: null });
  // Started already if the page saw a query coming (downloads.ts); started here otherwise.
  const downloads = takeDownloads(given);
  worker = downloads.worker;
  downloads.onProgress = (progress) => setStatus({ bytesLoaded: progress.bytesLoaded, bytesTotal: progress.bytesTotal });
  const own = downloads.worker;
  const failed = downloads.workerFailed;
  const urls = downloads.urls;
  const [duckdb, module, bytes] = await Promise.race([Promise.all([import('@duckdb/duckdb-wasm'), downloads.wasm, downloads.database]), failed]);
  setStatus({ phase: 'starting' });
  // Marks for the benchmark (scripts/bench/engine.ts reads them): where start-up time goes.
  performance.mark('egov-engine:downloaded');
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), own);
  // The worker (patched at build, scripts/build-duckdb-assets.ts) instantiates this module
  // instead of fetching and compiling the wasm again; the URL is its fallback only.
  own.postMessage({ [MODULE_MESSAGE]: module });
  await Promise.race([db.instantiate(urls.wasm), failed]);
  performance.mark('egov-engine:instantiated');
  await db.open({
    query: { castBigIntToDouble: true, castDecimalToDouble: true },
    // Range requests only: a host that ignores Range gets an error, not a whole-file download.
    filesystem: { reliableHeadRequests: true, allowFullHTTPReads: false, forceFullHTTPReads: false },
  });
  // A small database is already here; a large one is read by Range requests, only the blocks
  // a query needs (directIO: no copy in the worker's file layer besides DuckDB's own buffers).
  if (bytes) await db.registerFileBuffer(DATABASE_NAME, bytes);
  else await db.registerFileURL(DATABASE_NAME, urls.database, duckdb.DuckDBDataProtocol.HTTP, true);
  performance.mark('egov-engine:opened');
  const connection = await db.connect();
  try {
    for (const statement of lockdownSql()) await connection.query(statement);
  } finally {
    await connection.close();
  }
  performance.mark('egov-engine:attached');
  return db;
}

/** Starts the engine once (later calls share the same promise) and resolves when it can answer. */
export function startEngine(urls?: EngineUrls): Promise<AsyncDuckDB> {
  if (!starting) {
    starting = start(urls).then(
      (db) => {
        setStatus({ phase: 'ready' });
        return db;
      },
      (error: unknown) => {
        worker?.terminate();
        worker = null;
        starting = null;
        setStatus({ phase: 'failed', error: describeEngineFailure(error) });
        throw error;
      },
    );
  }
  return starting;
}

/** Ends the worker (the way to stop a runaway query); the next query starts a fresh engine. */
export async function stopEngine(): Promise<void> {
  const pending = starting;
  starting = null;
  worker = null;
  setStatus({ ...IDLE });
  if (pending) await pending.then((db) => db.terminate()).catch(() => undefined);
}

/** Runs `work` on a fresh connection that reads the baked database, closing it afterwards. */
export async function withConnection<T>(work: (connection: AsyncDuckDBConnection) => Promise<T>): Promise<T> {
  const db = await startEngine();
  const connection = await db.connect();
  try {
    // USE is per connection; the attached database is the default for every query.
    await connection.query('USE egov');
    return await work(connection);
  } finally {
    await connection.close();
  }
}

/** Runs one statement with `$1`-style or `?` parameters bound by a prepared statement. */
export async function query(sql: string, params: Param[] = []): Promise<ResultTable> {
  return withConnection(async (connection) => {
    if (params.length === 0) return fromArrow(await connection.query(sql));
    const statement = await connection.prepare(sql);
    try {
      return fromArrow(await statement.query(...params));
    } finally {
      await statement.close();
    }
  });
}

/** An open result read batch by batch: the explorer shows the first rows, then more on request. */
export interface ResultStream {
  schema: Schema;
  /** reads at least `rows` more rows (fewer at the end); null once the result is exhausted */
  read(rows: number): Promise<ResultTable | null>;
  /** stops the query if it still runs and closes the connection */
  close(): Promise<void>;
}

/** A query on its way: `result` resolves to its rows' stream; `cancel` stops it at any stage. */
export interface RunningQuery {
  result: Promise<ResultStream>;
  cancel(): Promise<void>;
}

/** How long a cancelled query may take to stop before the worker is ended instead. */
const CANCEL_GRACE_MS = 1500;

/** Starts `sql` on its own connection; the caller closes the stream (or cancels the query). */
export function startQuery(sql: string): RunningQuery {
  let connection: AsyncDuckDBConnection | null = null;
  let cancelled = false;
  performance.mark('egov-engine:asked');
  const result = (async (): Promise<ResultStream> => {
    const db = await startEngine();
    connection = await db.connect();
    const own = connection;
    try {
      if (cancelled) throw new Error('query cancelled');
      await own.query('USE egov');
      const reader = await own.send(sql, true);
      performance.mark('egov-engine:answered');
      let done = false;
      let closed = false;
      let pending: Table | null = null;
      return {
        schema: reader.schema,
        async read(rows: number): Promise<ResultTable | null> {
          // DuckDB sends chunks of 2,048 rows: keep what goes beyond `rows` for the next read.
          const batches: RecordBatch[] = pending ? [...pending.batches] : [];
          let count = pending?.numRows ?? 0;
          pending = null;
          while (count < rows && !done) {
            const next = await reader.next();
            if (next.done) {
              done = true;
              break;
            }
            batches.push(next.value);
            count += next.value.numRows;
          }
          performance.mark('egov-engine:read');
          if (batches.length === 0 || count === 0) return null;
          const table = new Table(batches);
          if (count > rows) pending = table.slice(rows);
          return fromArrow(table, 0, rows);
        },
        async close(): Promise<void> {
          if (closed) return;
          closed = true;
          if (!done) await own.cancelSent().catch(() => false);
          await reader.cancel().catch(() => undefined);
          await own.close().catch(() => undefined);
        },
      };
    } catch (error) {
      await own.close().catch(() => undefined);
      throw error;
    }
  })();
  return {
    result,
    async cancel(): Promise<void> {
      cancelled = true;
      const settled = result.then(
        (stream) => stream.close(),
        () => undefined,
      );
      if (connection) await connection.cancelSent().catch(() => false);
      const timer = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), CANCEL_GRACE_MS));
      // A query busy inside one long step never yields to cancelSent: end the worker; the next
      // query starts a fresh engine (the wasm then comes from the HTTP cache).
      if ((await Promise.race([settled.then(() => 'ok' as const), timer])) === 'late') await stopEngine();
    },
  };
}
