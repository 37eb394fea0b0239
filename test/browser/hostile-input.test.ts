/** The doors of issue 11 as a browser meets them: 404 pages, the headers, explore's statements and keyboard. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../scripts/server/headers.ts';
import { DIST, startSession, type Session } from './harness.ts';
import { testDatabase, type TestDatabase } from './explore-fixture.ts';

let session: Session;
let database: TestDatabase;

beforeAll(async () => {
  session = await startSession();
  database = await testDatabase();
});

afterAll(async () => {
  await session?.close();
  database?.dispose();
});

describe('hostile input in the browser', () => {
  it('shows the built 404 page of the language of the path, with the security headers', async () => {
    const page = await session.newPage();
    const vi = await page.goto(`${session.server.url}/khong-co-trang-nay/`);
    expect(vi?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Không tìm thấy trang');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(vi?.headers()[name]).toBe(value);
    const en = await page.goto(`${session.server.url}/en/no-such-page/`);
    expect(en?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    // what static hosts get: the same pages and headers as files
    expect(readFileSync(join(DIST, 'en/404.html'), 'utf8')).toContain('Page not found');
    expect(readFileSync(join(DIST, '404.html'), 'utf8')).toContain('Không tìm thấy trang');
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toContain(`content-security-policy: ${SECURITY_HEADERS['content-security-policy']}`);
  });

  it('answers a statement without a result set with a plain message, and Esc then Tab leaves the editor', async () => {
    const page = await session.newPage();
    await database.attach(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${session.server.url}/truy-van/`);
    await page.locator('.cm-content').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid=sql-keys-hint]').textContent()).toContain('Esc rồi Tab');
    const editor = page.locator('[data-testid=sql-editor]');
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type("ATTACH ':memory:' AS scratch");
    await page.keyboard.press('ControlOrMeta+Enter');
    const message = page.locator('[data-testid=no-result-set], [data-testid=query-error]');
    await message.first().waitFor({ timeout: 60_000 }).catch(async (e: unknown) => {
      throw new Error(`${String(e)}\n${await page.locator('.explore').innerText()}\n${errors.join('\n')}`);
    });
    const text = (await message.first().textContent()) ?? '';
    expect(text).not.toContain('Cannot read properties');
    expect(text).not.toContain('undefined');
    expect(await page.locator('[data-testid=no-result-set]').count()).toBe(1);
    // INSTALL cannot reach an extension repository here: a DuckDB message or "no result table", never a JS error
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('INSTALL spatial');
    await page.keyboard.press('ControlOrMeta+Enter');
    await page.locator('[data-testid=run]:not([disabled])').waitFor({ timeout: 60_000 });
    await message.first().waitFor({ timeout: 60_000 });
    expect(await message.first().textContent()).not.toMatch(/Cannot read properties|undefined/);
    // Tab alone indents, inside the editor
    await editor.click();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('sql-editor');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).not.toBe('sql-editor');
    expect(await page.evaluate(() => document.activeElement?.closest('.cm-editor') === null)).toBe(true);
    expect(errors).toEqual([]);
  });
});
