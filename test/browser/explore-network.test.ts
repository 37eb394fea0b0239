/**
 * What the explore page costs on the network, counted at the server's socket: example answers on
 * screen before any engine file is asked for, and equal to what the engine computes; the worker
 * and a small database asked for while the wasm is still arriving (the database once, whole,
 * gzipped); a large database read by Range, never gzipped and never whole; intent (focus in the
 * editor) fetching the engine; a second visit asking for no engine file at all.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Page } from 'playwright-core';
import { EXAMPLES } from '../../src/lib/queries/examples.ts';
import { precomputeExamples } from '../../src/data/explore/precomputed.ts';
import { toRowObjects, type ResultTable } from '../../src/client/duckdb/result.ts';
import { meter, type Meter } from '../../scripts/bench/meter.ts';
import { siteWith, syntheticDatabase } from '../../scripts/bench/synthetic-db.ts';
import { serveStatic } from '../../scripts/server/static.ts';
import { WHOLE_DATABASE_MAX_BYTES } from '../../src/client/duckdb/load.ts';
import { CHROMIUM, DIST, startSession, type Session } from './harness.ts';
import { CHROMIUM_FLAGS } from '../../scripts/lib/chromium.ts';
import { ENGINE_ROWS, normalise, queryInPage, runInEditor } from './explore-fixture.ts';

const DATABASE = join(DIST, 'data/egov.duckdb');
let session: Session;
let counter: Meter;
let precomputed: Record<string, ResultTable>;

const engineFiles = (m: Meter): string[] => m.served.filter((s) => s.resource === 'wasm' || s.resource === 'worker').map((s) => s.url);

async function runSql(page: Page, sql: string): Promise<void> {
  await runInEditor(page, sql);
  await page.locator(ENGINE_ROWS).waitFor({ timeout: 60_000 });
}

beforeAll(async () => {
  session = await startSession();
  counter = meter(session.server.server);
  precomputed = await precomputeExamples(DATABASE);
});

afterAll(async () => {
  await session?.close();
});

describe('explore on the network', () => {
  it('shows an example’s precomputed answer before any engine file is requested, labelled as such', async () => {
    counter.reset();
    const page = await session.newPage();
    await page.goto(`${session.server.url}/truy-van/`);
    await page.locator('.cm-content').waitFor({ timeout: 30_000 });
    const first = EXAMPLES[0];
    const table = first ? precomputed[first.id] : undefined;
    if (!first || !table) throw new Error('no precomputed first example');
    await page.locator('[data-testid=precomputed]').waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-testid=row-count]').textContent()).toContain(`${table.rowCount} dòng`);
    expect(await page.locator('[data-testid=precomputed]').textContent()).toBe('kết quả tính sẵn lúc dựng trang');
    await page.waitForLoadState('networkidle');
    expect(engineFiles(counter)).toEqual([]);
    expect(counter.bytes().database).toBe(0);

    const other = EXAMPLES.find((e) => e.id === 'dti-2022-vs-egov-2017');
    if (!other) throw new Error('example missing');
    // Blocked engine: the example's answer still comes at once, from the page.
    await page.route('**/duckdb/*.wasm*', (route) => route.abort());
    await page.locator(`[data-example="${other.id}"]`).click();
    await page.locator('[data-testid=row-count]', { hasText: `${precomputed[other.id]?.rowCount} dòng` }).waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-testid=precomputed]').count()).toBe(1);
  });

  it('precomputes exactly the rows the engine returns for every example', async () => {
    const page = await session.newPage();
    await page.goto(`${session.server.url}/en/explore/`);
    await page.locator('.cm-content').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid=precomputed]').textContent()).toBe('precomputed when the site was built');
    await runSql(page, 'SELECT 1 AS one');
    let nonEmpty = 0;
    for (const example of EXAMPLES) {
      const table = precomputed[example.id];
      if (!table) throw new Error(`${example.id} not precomputed`);
      expect(normalise(toRowObjects(table)), example.id).toEqual(normalise(await queryInPage(page, example.sql)));
      if (table.rowCount > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(0);
  });

  it('asks for the worker and the (small) database while the wasm arrives, the database once and whole', async () => {
    counter.reset();
    const page = await session.newPage();
    await page.goto(`${session.server.url}/truy-van/?q=${encodeURIComponent('SELECT count(*) AS n FROM observations')}`);
    await page.locator(ENGINE_ROWS).waitFor({ timeout: 60_000 });
    const wasm = counter.served.find((s) => s.resource === 'wasm' && s.method === 'GET');
    const worker = counter.served.find((s) => s.resource === 'worker' && s.method === 'GET');
    if (!wasm || !worker) throw new Error(`engine files not requested: ${counter.served.map((s) => s.url).join(', ')}`);
    expect(worker.arrived).toBeLessThan(wasm.finished);
    const reads = counter.served.filter((s) => s.resource === 'database');
    expect(reads.map((r) => [r.method, r.range, r.status])).toEqual([['GET', '', 200]]);
    expect(reads[0]?.arrived).toBeLessThan(wasm.finished);
    // gzipped on the way: far fewer bytes than the file
    expect(reads[0]?.contentEncoding).toBe('gzip');
    expect(counter.bytes().database).toBeLessThan(statSync(DATABASE).size / 4);
    // what the wasm cost is what the build wrote (compressed), counted at the socket
    expect(wasm.bytes).toBeGreaterThan(5_000_000);

    // A second visit in the same browser: no engine file is asked for again (immutable names).
    // A profile on disk, as a person's browser has (an incognito context keeps only small entries
    // in memory), and no route (Playwright turns the HTTP cache off wherever a route is set).
    const profile = mkdtempSync(join(tmpdir(), 'explore-profile-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS], headless: true });
    try {
      const visit = async (sql: string): Promise<void> => {
        const tab = await context.newPage();
        await tab.goto(`${session.server.url}/truy-van/?q=${encodeURIComponent(sql)}`);
        await tab.locator(ENGINE_ROWS).waitFor({ timeout: 60_000 });
      };
      await visit('SELECT count(*) AS n FROM observations');
      expect(engineFiles(counter).length).toBeGreaterThanOrEqual(2);
      counter.reset();
      await visit('SELECT count(*) AS n FROM units');
      expect(engineFiles(counter)).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('reads a large database by Range, never gzipped and never whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'explore-range-'));
    const path = join(dir, 'large.duckdb');
    await syntheticDatabase(path, 300_000);
    const size = statSync(path).size;
    const server = await serveStatic(siteWith(DIST, path, dir));
    const large = meter(server.server);
    const page = await session.newPage();
    try {
      // The page says how large its database is: declared over the whole-download limit, it is
      // read by Range (the file itself is kept small, to keep the test quick).
      await page.route('**/truy-van/?*', async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(/"databaseBytes":\d+/, `"databaseBytes":${WHOLE_DATABASE_MAX_BYTES + 1}`);
        await route.fulfill({ response, body });
      });
      await page.goto(`${server.url}/truy-van/?q=${encodeURIComponent('SELECT count(*) AS n FROM units')}`);
      await page.locator(ENGINE_ROWS).waitFor({ timeout: 60_000 });
      const reads = large.served.filter((s) => s.resource === 'database');
      expect(reads.length).toBeGreaterThan(0);
      for (const read of reads) {
        expect(read.range, read.url).toMatch(/^bytes=\d+-\d*$/);
        expect(read.status).toBe(206);
        expect(read.contentEncoding).toBe('');
      }
      expect(large.bytes().database).toBeLessThan(size / 2);
    } finally {
      await page.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fetches the engine when the user focuses the editor, before any query', async () => {
    counter.reset();
    const page = await session.newPage();
    await page.goto(`${session.server.url}/truy-van/`);
    await page.locator('.cm-content').waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    expect(engineFiles(counter)).toEqual([]);
    await page.locator('[data-testid=sql-editor]').focus();
    await expect.poll(() => engineFiles(counter).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    await page.locator('[data-testid=engine-status]', { hasText: /Đang tải|Đang khởi động/ }).or(page.locator('.explore[data-phase=ready]')).first().waitFor({ timeout: 30_000 });
  });

  it('sent no request outside localhost', () => {
    expect(session.offsite).toEqual([]);
  });
});
