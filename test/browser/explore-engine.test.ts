/**
 * The in-browser engine against node DuckDB on the same file: every example gives the same rows,
 * nothing but the attached database can be read, no request leaves localhost, and the page stays
 * usable when the engine cannot load.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../src/data/db.ts';
import { EXAMPLES } from '../../src/lib/queries/examples.ts';
import { correlationQuery, seriesQuery } from '../../src/lib/queries/correlation.ts';
import { startSession, type Session } from './harness.ts';
import { ENGINE_ROWS, normalise, runInEditor, queryInPage, testDatabase, type TestDatabase } from './explore-fixture.ts';
import type { Page } from 'playwright-core';

let session: Session;
let database: TestDatabase;
let db: Db;

async function openExplore(search = ''): Promise<Page> {
  const page = await session.newPage();
  await database.attach(page);
  await page.goto(`${session.server.url}/truy-van/${search}`);
  // The editor exists only once the island has hydrated; a click before that does nothing.
  await page.locator('.cm-content').waitFor({ timeout: 30_000 });
  return page;
}

beforeAll(async () => {
  session = await startSession();
  database = await testDatabase();
  db = await openDb(database.path, { readOnly: true });
});

afterAll(async () => {
  db?.close();
  await session?.close();
  database?.dispose();
});

describe('explore engine', () => {
  it('returns for every example exactly the rows node DuckDB returns on the same file', async () => {
    const page = await openExplore();
    await page.locator(`[data-example="${EXAMPLES[0]?.id}"]`).click();
    await page.locator('[data-testid=result], [data-testid=query-error], [data-testid=engine-error]').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid=engine-error]').count()).toBe(0);
    let nonEmpty = 0;
    for (const example of EXAMPLES) {
      const expected = normalise(await db.all(example.sql));
      const actual = normalise(await queryInPage(page, example.sql));
      expect(actual, example.id).toEqual(expected);
      if (expected.length > 0) nonEmpty++;
    }
    // On the synthetic bake every example has rows; on real data some may legitimately be empty.
    if (database.synthetic) expect(nonEmpty).toBe(EXAMPLES.length);
  });

  it('shows an example’s rows in the table after one click', async () => {
    const example = EXAMPLES.find((e) => e.id === 'dti-2022-vs-egov-2017');
    if (!example) throw new Error('example missing');
    const expected = await db.all<{ name_vi: string }>(example.sql);
    const page = await openExplore();
    await page.locator(`[data-example="${example.id}"]`).click();
    await page.locator('[data-testid=row-count]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid=row-count]').textContent()).toContain(`${expected.length} dòng`);
    if (expected[0]) expect(await page.locator('[data-testid=result-table] tbody').textContent()).toContain(expected[0].name_vi);
    expect(page.url()).toContain('?q=');
  });

  it('refuses to read any URL or file but the attached database, with a clear message', async () => {
    const page = await openExplore();
    await runInEditor(page, "SELECT * FROM read_csv('http://127.0.0.1:9/x.csv')");
    const error = page.locator('[data-testid=query-error]');
    await error.waitFor({ timeout: 60_000 });
    expect(await error.textContent()).toMatch(/Permission Error: Cannot access file "http:\/\/127\.0\.0\.1:9\/x\.csv" - file system operations are disabled/);
    for (const sql of ["SELECT * FROM read_text('/etc/passwd')", "ATTACH 'http://127.0.0.1:9/other.duckdb' AS other", 'SET enable_external_access = true', "LOAD httpfs"]) {
      await expect(queryInPage(page, sql), sql).rejects.toThrow(/disabled by configuration|disabled through configuration|configuration has been locked/);
    }
    // The attached database is read-only.
    await expect(queryInPage(page, "DELETE FROM units")).rejects.toThrow(/read-only|read only/i);
  });

  it('shows a syntax error with its line and column', async () => {
    const page = await openExplore();
    await runInEditor(page, 'SELECT code\nFROM units\nWHERE code = = 1');
    const error = page.locator('[data-testid=query-error]');
    await error.waitFor({ timeout: 60_000 });
    expect(await error.textContent()).toMatch(/Parser Error.*\(dòng 3, cột 14\)/s);
  });

  it('restores and runs a shared query from the URL, and computes the correlation as node does', async () => {
    // The two best-covered series of the database (real or synthetic), as the picker offers them.
    const offered = await db.all<{ indicator: string; vintage: 'VN63' | 'VN34'; period: string; n: number }>(seriesQuery(3).sql, seriesQuery(3).params);
    const vn63 = offered.filter((s) => s.vintage === 'VN63').sort((a, b) => b.n - a.n || a.indicator.localeCompare(b.indicator) || a.period.localeCompare(b.period));
    const [sx, sy] = [vn63[0], vn63[1] ?? vn63[0]];
    if (!sx || !sy) throw new Error('the database offers no series to correlate');
    const pick = { vintage: 'VN63' as const, x: { indicator: sx.indicator, period: sx.period }, y: { indicator: sy.indicator, period: sy.period } };
    const built = correlationQuery(pick);
    const expected = await db.all<{ r: number | null }>(built.sql, built.params);
    const search = `?q=${encodeURIComponent('SELECT count(*) AS n FROM units')}&v=VN63&x=${encodeURIComponent(`${sx.indicator}@${sx.period}`)}&y=${encodeURIComponent(`${sy.indicator}@${sy.period}`)}`;
    const page = await openExplore(search);
    await page.locator(ENGINE_ROWS).waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid=result-table] tbody').textContent()).toContain(String((await db.all<{ n: number }>('SELECT count(*) AS n FROM units'))[0]?.n));
    expect(expected.length).toBeGreaterThanOrEqual(3);
    // client:visible: the island hydrates once it is scrolled into view.
    await page.locator('[data-testid=correlation]').scrollIntoViewIfNeeded();
    await page.locator('[data-testid=corr-fit]').waitFor({ timeout: 60_000 });
    const r = expected[0]?.r;
    // the fit and the chart are drawn after the query returns: wait for them, do not race them
    const fit = async (): Promise<string> => (await page.locator('[data-testid=corr-fit]').textContent()) ?? '';
    await expect.poll(fit, { timeout: 30_000 }).toContain(`n = ${expected.length}`);
    if (typeof r === 'number') expect(await fit()).toContain(`r = ${new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(r)}`);
    await expect.poll(() => page.locator('[data-testid=corr-chart] svg circle').count(), { timeout: 30_000 }).toBe(expected.length);
  });

  it('pages through 100,000 rows, downloads them as CSV, and cancels a long query', async () => {
    const page = await openExplore();
    await runInEditor(page, 'SELECT range AS n, range * 2 AS twice FROM range(100000) ORDER BY n');
    await page.locator(ENGINE_ROWS).waitFor({ timeout: 60_000 });
    expect(await page.locator(ENGINE_ROWS).textContent()).toMatch(/10\.000 dòng\s\(còn nữa\)/);
    await page.locator('[data-testid=show-more]').click();
    await page.locator('[data-testid=row-count]', { hasText: '20.000 dòng' }).waitFor({ timeout: 30_000 });
    // Virtualised: far fewer rows in the DOM than in the result.
    expect(await page.locator('[data-testid=result-table] tbody tr').count()).toBeLessThan(100);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=download]').click()]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const lines = readFileSync(path, 'utf8').trimEnd().split('\r\n');
    expect(lines.length).toBe(100_001);
    expect(lines[0]).toBe('\uFEFFn,twice');
    expect(lines[100_000]).toBe('99999,199998');

    await runInEditor(page, 'SELECT count(*) FROM range(3000000000) AS a WHERE hash(a.range) % 7 = 0');
    await page.locator('[data-testid=cancel]').click({ timeout: 10_000 });
    await page.getByRole('status').filter({ hasText: 'Đã dừng truy vấn' }).waitFor({ timeout: 30_000 });
    await runInEditor(page, 'SELECT 41 + 1 AS answer');
    await page.locator('[data-testid=result-table]', { hasText: '42' }).waitFor({ timeout: 60_000 });
  });

  it('keeps the page usable when the wasm cannot load', async () => {
    const page = await session.newPage();
    await page.route('**/duckdb/*.wasm*', (route) => route.abort());
    await page.goto(`${session.server.url}/truy-van/`);
    await page.locator('.cm-content').waitFor({ timeout: 30_000 });
    await page.locator(`[data-example="${EXAMPLES[0]?.id}"]`).click();
    const alert = page.locator('[data-testid=engine-error]');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toMatch(/Không tải được bộ máy truy vấn/);
    // Prerendered content stays, and the controls still respond.
    expect(await page.locator('h1').textContent()).toBe('Truy vấn dữ liệu');
    await page.locator('[data-testid=schema-panel] summary').first().click();
    expect(await page.locator('[data-testid=schema-panel] details[open]').count()).toBe(1);
  });

  it('sent no request outside localhost', () => {
    expect(session.offsite).toEqual([]);
  });
});
