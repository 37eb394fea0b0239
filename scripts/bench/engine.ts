/**
 * Benchmark of the in-browser engine on the built site (dist/), in Debian's Chromium, each visit
 * in a fresh browser profile on disk (as a person's browser: an incognito context keeps no large
 * entry, and Playwright turns the HTTP cache off wherever a route is set, so none is set here).
 * Bytes are counted at the server's socket, per resource (scripts/bench/meter.ts). Floors are
 * measured in the same run:
 *   engine   localhost: the wasm fetched, unpacked and compiled alone, against explore's first
 *            answer cold; a second visit; example answers before the engine; bytes; group-by
 *   slow4g   the same first answer under Lighthouse's "slow 4G" (CDP network throttling),
 *            against the wasm's transfer alone under the same throttling
 *   engine1m a synthetic 1,000,000-row database (made up, never published) in place of the bake
 * Called by `npm run bench` (scripts/bench.ts).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../lib/chromium.ts';
import { serveStatic, type StaticServer } from '../server/static.ts';
import { ENGINE_DIR, MANIFEST_FILE, type EngineManifest } from '../../src/lib/engine-assets.ts';
import { meter, type Meter } from './meter.ts';
import { siteWith, syntheticDatabase } from './synthetic-db.ts';
import { ratio, type Figure } from './table.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const FIRST_QUERY = 'SELECT count(*) AS n FROM observations';
const SECOND_QUERY = 'SELECT count(*) AS n FROM units';
const GROUP_BY = 'SELECT indicator, vintage, count(*) AS n, avg(value) AS mean, max(value) AS top FROM observations GROUP BY indicator, vintage ORDER BY indicator, vintage';
const ENGINE_ROWS = '[data-testid=row-count]:not(:has([data-testid=precomputed]))';

/** Lighthouse's mobile "slow 4G" as DevTools applies it (lighthouse-core constants: throttling.mobileSlow4G). */
export const SLOW_4G = { latency: 150 * 3.75, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };

function requireBuild(): EngineManifest {
  if (!existsSync(join(DIST, 'truy-van/index.html'))) throw new Error('engine bench needs the built site: run "npm run build" first');
  if (!existsSync(join(DIST, 'data/egov.duckdb'))) throw new Error('engine bench needs dist/data/egov.duckdb: run "npm run build"');
  return JSON.parse(readFileSync(join(DIST, ENGINE_DIR, MANIFEST_FILE), 'utf8')) as EngineManifest;
}

/** A browser with a fresh profile on disk; `close` removes the profile. */
async function freshProfile(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS], headless: true, viewport: { width: 1280, height: 900 } });
  return {
    context,
    async close(): Promise<void> {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
}

interface Answer {
  /** navigation to the first answer on screen, timed by node */
  ms: number;
  /** the same, timed by the page (performance.now() from its navigation start) */
  pageMs: number;
  /** the engine's start-up marks (src/client/duckdb/engine.ts), ms from navigation start */
  marks: string;
}

// From navigation to the first engine answer on screen.
async function firstAnswer(page: Page, url: string, sql: string, timeout = 180_000): Promise<Answer> {
  const start = performance.now();
  await page.goto(`${url}/truy-van/?q=${encodeURIComponent(sql)}`, { timeout });
  const handle = await page.waitForFunction(
    (selector) => (document.querySelector(selector) || document.querySelector('[data-testid=query-error], [data-testid=engine-error]') ? performance.now() : 0),
    ENGINE_ROWS,
    { timeout, polling: 'raf' },
  );
  const ms = performance.now() - start;
  const pageMs = Number(await handle.jsonValue());
  if ((await page.locator(ENGINE_ROWS).count()) === 0) throw new Error(`explore page gave no result: ${await page.locator('[role=alert]').allTextContents()}`);
  const marks = await page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('egov-engine:'))
      .map((m) => `${m.name.slice('egov-engine:'.length)} ${Math.round(m.startTime)}`)
      .join(', '),
  );
  return { ms, pageMs, marks };
}

// The floor: the wasm alone, fetched as the engine fetches it (the stored gzip, inflated by the
// browser: Content-Encoding) and compiled as it arrives (compileStreaming), on a light page of the
// same origin, in a fresh profile. `transferOnly`: the bytes only (the floor under a slow network).
async function wasmFloor(page: Page, url: string, manifest: EngineManifest, transferOnly: boolean): Promise<{ ms: number; encoding: string }> {
  await page.goto(`${url}/nguon/`);
  await page.waitForLoadState('networkidle');
  return page.evaluate(
    async ({ gz, transferOnly }) => {
      const t0 = performance.now();
      const response = await fetch(gz);
      const encoding = response.headers.get('content-encoding') ?? 'none';
      if (transferOnly) await response.arrayBuffer();
      else await WebAssembly.compileStreaming(response);
      return { ms: performance.now() - t0, encoding };
    },
    { gz: `${url}/${ENGINE_DIR}/${manifest.wasm.gzip.file}`, transferOnly },
  );
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
      return { first, median: times.length % 2 ? (times[mid] as number) : ((times[mid - 1] as number) + (times[mid] as number)) / 2 };
    },
    { sql: GROUP_BY, runs },
  );
}

async function withServer<T>(root: string, work: (server: StaticServer, counter: Meter) => Promise<T>): Promise<T> {
  const server = await serveStatic(root);
  try {
    return await work(server, meter(server.server));
  } finally {
    await server.close();
  }
}

const kb = (bytes: number): number => bytes / 1024;

/** Localhost: floor, cold first answer, second visit, examples before the engine, bytes per resource. */
export async function benchEngine(): Promise<Figure[]> {
  const manifest = requireBuild();
  return withServer(DIST, async (server, counter) => {
    const floorProfile = await freshProfile();
    const floor = await wasmFloor(await floorProfile.context.newPage(), server.url, manifest, false).finally(() => floorProfile.close());

    // Examples before the engine: the page alone, no query asked.
    const examplesProfile = await freshProfile();
    let examples: { ms: number; engineRequests: number };
    try {
      const page = await examplesProfile.context.newPage();
      counter.reset();
      const start = performance.now();
      await page.goto(`${server.url}/truy-van/`);
      await page.locator('[data-testid=precomputed]').waitFor({ timeout: 60_000 });
      examples = { ms: performance.now() - start, engineRequests: counter.served.filter((s) => s.resource !== 'rest').length };
    } finally {
      await examplesProfile.close();
    }

    const profile = await freshProfile();
    try {
      counter.reset();
      const first = await profile.context.newPage();
      const cold = await firstAnswer(first, server.url, FIRST_QUERY);
      const coldBytes = counter.bytes();
      // Closed, as a person's earlier visit is: its worker would keep optimising the wasm meanwhile.
      await first.close();
      const coldServed = counter.served.filter((s) => s.resource !== 'rest').map((s) => `${s.resource} ${s.method} ${s.status}${s.contentEncoding ? ` ${s.contentEncoding}` : ''}`);
      counter.reset();
      const page = await profile.context.newPage();
      const warm = await firstAnswer(page, server.url, SECOND_QUERY);
      const warmBytes = counter.bytes();
      const groupBy = await groupByMedian(page);
      return [
        { name: 'wasm fetched + unpacked + compiled alone (floor)', value: floor.ms, unit: 'ms', check: `compileStreaming, content-encoding ${floor.encoding}, ${manifest.wasm.gzip.bytes.toLocaleString('en-US')} B on disk` },
        {
          name: 'explore first answer, cold',
          value: cold.ms,
          unit: 'ms',
          floor: { name: 'wasm alone', value: floor.ms },
          target: { text: '≤ 1.5× floor', met: ratio(cold.ms, floor.ms) <= 1.5 },
          check: `the page's own clock: ${Math.round(cold.pageMs)} ms from its navigation start; engine marks: ${cold.marks}`,
        },
        { name: 'explore first answer, second visit', value: warm.ms, unit: 'ms', target: { text: '≤ 500 ms', met: warm.ms <= 500 }, check: `page clock ${Math.round(warm.pageMs)} ms; engine marks: ${warm.marks}; engine files sent again: ${kb(warmBytes.wasm + warmBytes.worker).toFixed(1)} KB` },
        { name: 'example answers visible before the engine', value: examples.engineRequests === 0 ? 1 : 0, unit: 'bool', target: { text: 'yes', met: examples.engineRequests === 0 }, check: `precomputed answer on screen ${Math.round(examples.ms)} ms after navigation, ${examples.engineRequests} engine requests by then` },
        { name: 'cold bytes: wasm', value: kb(coldBytes.wasm), unit: 'KB', check: `socket count; file ${kb(manifest.wasm.gzip.bytes).toFixed(1)} KB (+ headers); ${coldServed.filter((s) => s.startsWith('wasm')).join(', ')}` },
        { name: 'cold bytes: worker', value: kb(coldBytes.worker), unit: 'KB', check: 'gzipped by the server' },
        { name: 'cold bytes: database', value: kb(coldBytes.database), unit: 'KB', check: `file ${kb(Number(readFileSync(join(DIST, 'data/egov.duckdb')).length)).toFixed(1)} KB; requests: ${coldServed.filter((s) => s.startsWith('database')).join(', ')}` },
        { name: 'cold bytes: rest (page, scripts)', value: kb(coldBytes.rest), unit: 'KB' },
        { name: 'second visit bytes: all', value: kb(warmBytes.total), unit: 'KB' },
        { name: 'group-by, baked, first', value: groupBy.first, unit: 'ms' },
        { name: 'group-by, baked, median of 20', value: groupBy.median, unit: 'ms' },
      ];
    } finally {
      await profile.close();
    }
  });
}

/** Under slow 4G: the wasm's transfer alone (floor), explore's first answer cold, and the examples. */
export async function benchSlow4g(): Promise<Figure[]> {
  const manifest = requireBuild();
  return withServer(DIST, async (server, counter) => {
    const floorProfile = await freshProfile();
    let floor: { ms: number; encoding: string };
    try {
      const page = await floorProfile.context.newPage();
      await throttle(page);
      floor = await wasmFloor(page, server.url, manifest, true);
    } finally {
      await floorProfile.close();
    }
    const examplesProfile = await freshProfile();
    let examples: { ms: number; engineRequests: number };
    try {
      const page = await examplesProfile.context.newPage();
      await throttle(page);
      counter.reset();
      const start = performance.now();
      await page.goto(`${server.url}/truy-van/`, { timeout: 120_000 });
      await page.locator('[data-testid=precomputed]').waitFor({ timeout: 120_000 });
      examples = { ms: performance.now() - start, engineRequests: counter.served.filter((s) => s.resource !== 'rest').length };
    } finally {
      await examplesProfile.close();
    }
    const profile = await freshProfile();
    try {
      const page = await profile.context.newPage();
      await throttle(page);
      counter.reset();
      const cold = await firstAnswer(page, server.url, FIRST_QUERY, 600_000);
      const served = counter.bytes();
      const bytes = manifest.wasm.gzip.bytes;
      return [
        { name: 'slow 4G: wasm transfer alone (floor)', value: floor.ms, unit: 'ms', check: `${bytes.toLocaleString('en-US')} B at ${Math.round(SLOW_4G.downloadThroughput)} B/s + ${SLOW_4G.latency} ms latency ≈ ${Math.round((bytes / SLOW_4G.downloadThroughput) * 1000 + SLOW_4G.latency)} ms` },
        {
          name: 'slow 4G: explore first answer, cold',
          value: cold.ms,
          unit: 'ms',
          floor: { name: 'wasm transfer', value: floor.ms },
          target: { text: '≤ 1.15× floor', met: ratio(cold.ms, floor.ms) <= 1.15 },
          check: `page clock ${Math.round(cold.pageMs)} ms; engine marks: ${cold.marks}; ${kb(served.total).toFixed(0)} KB sent (database ${kb(served.database).toFixed(1)} KB)`,
        },
        { name: 'slow 4G: example answer on screen (no engine)', value: examples.ms, unit: 'ms', floor: { name: 'wasm transfer', value: floor.ms }, target: { text: 'before the engine', met: examples.engineRequests === 0 && examples.ms < floor.ms }, check: `${examples.engineRequests} engine requests by then` },
      ];
    } finally {
      await profile.close();
    }
  });
}

/** A synthetic database of `rows` observations in place of the bake: first answer cold and group-by. */
export async function benchEngine1m(rows = 1_000_000): Promise<Figure[]> {
  requireBuild();
  const dir = mkdtempSync(join(tmpdir(), 'bench-engine-'));
  try {
    const database = join(dir, 'synthetic.duckdb');
    await syntheticDatabase(database, rows);
    const size = readFileSync(database).length;
    // The page declares the baked database's size; this one's decides how it is read.
    return await withServer(siteWith(DIST, database, dir), async (server, counter) => {
      const profile = await freshProfile();
      try {
        const page = await profile.context.newPage();
        await page.route('**/truy-van/?*', async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, body: (await response.text()).replace(/"databaseBytes":\d+/, `"databaseBytes":${size}`) });
        });
        counter.reset();
        const cold = await firstAnswer(page, server.url, FIRST_QUERY);
        const bytes = counter.bytes();
        const groupBy = await groupByMedian(page);
        return [
          { name: 'synthetic rows', value: rows, unit: 'rows' },
          { name: 'synthetic database file', value: kb(size), unit: 'KB' },
          { name: 'first answer, cold (HTTP cache off: a route is set)', value: cold.ms, unit: 'ms', check: `database bytes sent ${kb(bytes.database).toFixed(0)} KB in ${counter.served.filter((s) => s.resource === 'database').length} requests` },
          { name: 'group-by 1M, first', value: groupBy.first, unit: 'ms' },
          { name: 'group-by 1M, median of 20', value: groupBy.median, unit: 'ms', target: { text: '≤ 150 ms', met: groupBy.median <= 150 } },
        ];
      } finally {
        await profile.close();
      }
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
