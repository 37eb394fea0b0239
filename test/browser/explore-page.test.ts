/** What a person sees on the explore page: progress, schema, chart, English twin, no engine up front. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../src/data/db.ts';
import { startSession, type Session } from './harness.ts';
import { ENGINE_ROWS, testDatabase, type TestDatabase } from './explore-fixture.ts';

let session: Session;
let database: TestDatabase;
let db: Db;

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

describe('explore page', () => {
  it('loads no engine until a query is wanted, then shows it loading and the live schema', async () => {
    const page = await session.newPage();
    await database.attach(page);
    const engineRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/duckdb\/|egov\.duckdb/.test(request.url())) engineRequests.push(request.url());
    });
    await page.goto(`${session.server.url}/truy-van/`);
    await page.locator('.cm-content').waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    expect(engineRequests).toEqual([]);
    // The prerendered schema (from the bake's table list) is there before the engine.
    expect(await page.locator('[data-testid=schema-panel] summary').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('observations')]));

    // The loading line can be brief on localhost (hovering Run already starts the engine), so every
    // text the status line shows is recorded as it changes, and the loading line must be among them.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { statusTexts: string[] }).statusTexts = seen;
      const status = document.querySelector('[data-testid=engine-status]');
      if (!status) throw new Error('no engine status line');
      new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, subtree: true, characterData: true });
    });
    await page.locator('[data-testid=run]').click();
    await page.locator(ENGINE_ROWS).waitFor({ timeout: 60_000 });
    const statusTexts = await page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
    expect(statusTexts.some((text) => text.includes('Đang tải bộ máy truy vấn'))).toBe(true);
    expect(engineRequests.some((u) => u.endsWith('.wasm.gz') || u.endsWith('.wasm.br'))).toBe(true);

    // Live schema: the views (figures, ranks) appear with their comments from the database.
    const comment = (await db.all<{ comment: string }>("SELECT comment FROM duckdb_views() WHERE view_name = 'figures'"))[0]?.comment ?? '';
    const figures = page.locator('[data-testid=schema-panel] details').filter({ has: page.locator('summary .name').getByText('figures', { exact: true }) });
    await figures.waitFor({ timeout: 30_000 });
    await figures.locator('summary').click();
    if (comment) expect(await figures.textContent()).toContain(comment);
  });

  it('inserts a clicked column name into the query and draws a chart from a result', async () => {
    const page = await session.newPage();
    await database.attach(page);
    await page.goto(`${session.server.url}/truy-van/`);
    await page.locator('.cm-content').waitFor({ timeout: 30_000 });
    const editor = page.locator('[data-testid=sql-editor]');
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('SELECT ');
    const units = page.locator('[data-testid=schema-panel] details').filter({ has: page.locator('summary .name').getByText('units', { exact: true }) });
    await units.locator('summary').click();
    await units.getByRole('button', { name: 'name_vi', exact: true }).click();
    await page.keyboard.type(', count(*) AS n FROM units GROUP BY ALL ORDER BY name_vi LIMIT 5');
    expect(await editor.textContent()).toBe('SELECT name_vi, count(*) AS n FROM units GROUP BY ALL ORDER BY name_vi LIMIT 5');
    await page.keyboard.press('ControlOrMeta+Enter');
    await page.locator(ENGINE_ROWS).waitFor({ timeout: 60_000 });
    await page.locator('[data-testid=chart-tab]').click();
    const chart = page.locator('[data-testid=result-chart]');
    await chart.locator('svg').waitFor({ timeout: 30_000 });
    expect(await chart.getAttribute('data-kind')).toBe('bar');
    const expected = await db.all<{ name_vi: string }>('SELECT name_vi, count(*) AS n FROM units GROUP BY ALL ORDER BY name_vi LIMIT 5');
    expect(await chart.locator('svg rect').count()).toBe(expected.length);
    expect(await chart.textContent()).toContain(expected[0]?.name_vi ?? '');
  });

  it('has an English twin with the same tools', async () => {
    const page = await session.newPage();
    await database.attach(page);
    await page.goto(`${session.server.url}/en/explore/`);
    await page.locator('.cm-content').waitFor({ timeout: 30_000 });
    expect(await page.locator('h1').textContent()).toBe('Query the data');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Which provinces had no level-4 online dossiers in 2019?' }).click();
    await page.locator('[data-testid=row-count], [data-testid=result] p').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid=result]').textContent()).toMatch(/rows|no rows/);
  });

  it('sent no request outside localhost', () => {
    expect(session.offsite).toEqual([]);
  });
});
