/**
 * Benchmark of the in-browser engine on the built site (dist/), in Debian's Chromium on localhost:
 * bytes the engine costs, time to the first result with a cold and a warm browser cache, and the
 * median of 20 warm group-by queries over the baked database and over a synthetic
 * 1,000,000-observation database (made up by node DuckDB in a temp dir, never published).
 * Called by `npm run bench` (scripts/bench.ts); also runnable alone: node scripts/bench/engine.ts
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { openDb } from '../../src/data/db.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from '../lib/chromium.ts';
import { serveStatic } from '../../src/server/static.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const FIRST_QUERY = 'SELECT count(*) AS n FROM observations';
const GROUP_BY = 'SELECT indicator, vintage, count(*) AS n, avg(value) AS mean, max(value) AS top FROM observations GROUP BY indicator, vintage ORDER BY indicator, vintage';

/** A synthetic database with the baked `observations` columns that the group-by reads. */
async function syntheticDatabase(path: string, rows: number): Promise<void> {
  const db = await openDb(path);
  try {
    await db.run(`CREATE TABLE observations AS
      SELECT 'indicator_' || (i % 40) AS indicator,
             CASE WHEN i % 5 = 0 THEN 'VN34' ELSE 'VN63' END AS vintage,
             lpad(CAST(i % 63 AS VARCHAR), 2, '0') AS geo,
             CAST(2017 + i % 9 AS VARCHAR) AS period,
             CAST(hash(i) % 100000 AS DOUBLE) / 100 AS value
      FROM range(${rows}) AS t(i)`);
    await db.run('CHECKPOINT');
  } finally {
    db.close();
  }
}

// A site root that is dist/ except for data/egov.duckdb, linked to another database.
function siteWith(database: string, dir: string): string {
  const root = join(dir, 'site');
  mkdirSync(join(root, 'data'), { recursive: true });
  for (const entry of readdirSync(DIST)) if (entry !== 'data') symlinkSync(join(DIST, entry), join(root, entry));
  symlinkSync(database, join(root, 'data', 'egov.duckdb'));
  return root;
}

interface FirstResult {
  ms: number;
  engineBytes: number;
  workerBytes: number;
  wasmBytes: number;
  databaseBytes: number;
}

interface Served {
  url: string;
  bytes: number;
}

// From navigation to the first result on screen, with what the server sent meanwhile (counted
// at the server: the worker's requests are invisible to the page).
async function firstResult(page: Page, url: string, served: Served[]): Promise<FirstResult> {
  served.length = 0;
  const start = Date.now();
  await page.goto(`${url}/explore/?q=${encodeURIComponent(FIRST_QUERY)}`);
  await page.locator('[data-testid=row-count], [data-testid=query-error], [data-testid=engine-error]').first().waitFor({ timeout: 120_000 });
  const ms = Date.now() - start;
  if ((await page.locator('[data-testid=row-count]').count()) === 0) throw new Error(`explore page gave no result: ${await page.locator('[role=alert]').allTextContents()}`);
  const sum = (test: (u: string) => boolean): number => served.filter((d) => test(d.url)).reduce((s, d) => s + d.bytes, 0);
  return {
    ms,
    engineBytes: sum((u) => u.includes('/duckdb/') || /\/_astro\/(engine|duckdb-browser)/.test(u)),
    workerBytes: sum((u) => u.endsWith('.worker.js')),
    wasmBytes: sum((u) => /\/duckdb\/.*\.wasm/.test(u)),
    databaseBytes: sum((u) => u.endsWith('/data/egov.duckdb')),
  };
}

async function groupByMedian(page: Page, runs = 20): Promise<{ first: number; median: number }> {
  return page.evaluate(
    async ({ sql, runs }) => {
      const engine = (window as unknown as { egovEngine: { query(sql: string): Promise<unknown> } }).egovEngine;
      const t0 = performance.now();
      await engine.query(sql);
      const first = performance.now() - t0;
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await engine.query(sql);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const mid = times.length >> 1;
      return { first, median: times.length % 2 ? times[mid] as number : ((times[mid - 1] as number) + (times[mid] as number)) / 2 };
    },
    { sql: GROUP_BY, runs },
  );
}

async function measureSite(browser: Browser, root: string): Promise<{ cold: FirstResult; warm: FirstResult; groupBy: { first: number; median: number } }> {
  const server = await serveStatic(root);
  const served: Served[] = [];
  server.server.on('request', (request, response) => {
    // Body bytes as written; the server's handler ran first but streams the file asynchronously.
    const entry = { url: request.url ?? '', bytes: 0 };
    served.push(entry);
    const write = response.write.bind(response) as (chunk: unknown, ...rest: unknown[]) => boolean;
    response.write = ((chunk: unknown, ...rest: unknown[]): boolean => {
      if (chunk instanceof Uint8Array || typeof chunk === 'string') entry.bytes += Buffer.byteLength(chunk);
      return write(chunk, ...rest);
    }) as typeof response.write;
  });
  let context: BrowserContext | null = null;
  try {
    context = await browser.newContext();
    await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' || route.request().url().startsWith('blob:') ? route.continue() : route.abort()));
    const cold = await firstResult(await context.newPage(), server.url, served);
    // Same context: the HTTP cache is warm (the static server asks to revalidate, as hosts do).
    const page = await context.newPage();
    const warm = await firstResult(page, server.url, served);
    const groupBy = await groupByMedian(page);
    return { cold, warm, groupBy };
  } finally {
    await context?.close();
    await server.close();
  }
}

/** Runs the engine benchmark; numbers in ms and bytes. */
export async function benchEngine(options: { rows?: number } = {}): Promise<Record<string, number>> {
  if (!existsSync(join(DIST, 'explore/index.html')) || !existsSync(join(DIST, 'duckdb'))) throw new Error('engine bench needs the built site: run "npm run build" first');
  if (!existsSync(join(DIST, 'data/egov.duckdb'))) throw new Error('engine bench needs dist/data/egov.duckdb: run "npm run data:bake" and build');
  const rows = options.rows ?? 1_000_000;
  const dir = mkdtempSync(join(tmpdir(), 'bench-engine-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS] });
  try {
    const baked = await measureSite(browser, DIST);
    const synthetic = join(dir, 'synthetic.duckdb');
    await syntheticDatabase(synthetic, rows);
    const big = await measureSite(browser, siteWith(synthetic, dir));
    return {
      engine_bytes: baked.cold.engineBytes,
      engine_wasm_bytes: baked.cold.wasmBytes,
      engine_worker_bytes: baked.cold.workerBytes,
      database_bytes_first_result: baked.cold.databaseBytes,
      first_result_cold_ms: baked.cold.ms,
      first_result_warm_ms: baked.warm.ms,
      groupby_baked_first_ms: Math.round(baked.groupBy.first * 10) / 10,
      groupby_baked_median_ms: Math.round(baked.groupBy.median * 10) / 10,
      synthetic_rows: rows,
      first_result_1m_cold_ms: big.cold.ms,
      groupby_1m_first_ms: Math.round(big.groupBy.first * 10) / 10,
      groupby_1m_median_ms: Math.round(big.groupBy.median * 10) / 10,
    };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const result = await benchEngine();
  console.log(JSON.stringify(result, null, 2));
  console.log('targets: first_result_cold_ms ≤ 3000, groupby_1m_median_ms ≤ 150');
}
