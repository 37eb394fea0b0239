/**
 * Shared set-up of the explore browser tests: the database the page attaches. The real baked
 * dist/data/egov.duckdb when the build has one; otherwise a synthetic bake (test-only values)
 * served in its place through page.route, with Range support as a static host gives.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { bakeSynthetic } from '../fixtures/synthetic-bake.ts';
import { DIST } from './harness.ts';

export interface TestDatabase {
  path: string;
  synthetic: boolean;
  /** routes the page's database requests to `path` when synthetic; a no-op otherwise */
  attach(page: Page): Promise<void>;
  dispose(): void;
}

/** The database the tests compare against, prepared once per test file. */
export async function testDatabase(): Promise<TestDatabase> {
  const built = join(DIST, 'data/egov.duckdb');
  if (existsSync(built)) {
    return { path: built, synthetic: false, attach: async () => undefined, dispose: () => undefined };
  }
  console.log('explore tests: dist/data/egov.duckdb absent, serving a synthetic bake in its place');
  const dir = mkdtempSync(join(tmpdir(), 'explore-browser-'));
  const { path } = await bakeSynthetic(join(dir, 'out'));
  const bytes = readFileSync(path);
  const size = statSync(path).size;
  return {
    path,
    synthetic: true,
    async attach(page: Page): Promise<void> {
      await page.route('**/data/egov.duckdb', async (route) => {
        const range = /^bytes=(\d+)-(\d*)$/.exec(route.request().headers().range ?? '');
        const headers = { 'accept-ranges': 'bytes', 'content-type': 'application/octet-stream', 'cache-control': 'no-cache' };
        if (route.request().method() === 'HEAD') return route.fulfill({ status: 200, headers: { ...headers, 'content-length': String(size) } });
        if (!range) return route.fulfill({ status: 200, headers, body: bytes });
        const start = Number(range[1]);
        const end = range[2] === '' ? size - 1 : Math.min(Number(range[2]), size - 1);
        return route.fulfill({ status: 206, headers: { ...headers, 'content-range': `bytes ${start}-${end}/${size}` }, body: bytes.subarray(start, end + 1) });
      });
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Replaces the editor's text by `sql` and runs it (Ctrl/⌘+Enter), as a person would. */
export async function runInEditor(page: Page, sql: string): Promise<void> {
  const editor = page.locator('[data-testid=sql-editor]');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await editor.fill(sql);
  await page.keyboard.press('ControlOrMeta+Enter');
}

/** The row count of a result the engine computed (not one precomputed at build time). */
export const ENGINE_ROWS = '[data-testid=row-count]:not(:has([data-testid=precomputed]))';

/** Numbers rounded to 12 significant digits: two DuckDB builds may differ in a double's last bits. */
export function normalise(rows: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'number' ? Number(value.toPrecision(12)) : value])),
  );
}

/** Runs SQL in the page's engine (the one the explore page exposes) and returns row objects. */
export async function queryInPage(page: Page, sql: string): Promise<Record<string, unknown>[]> {
  // an example's answer is precomputed: the engine arrives after it, in the background
  await page.waitForFunction(() => 'egovEngine' in window, undefined, { timeout: 60_000 }).catch(() => undefined);
  return page.evaluate(async (text) => {
    const engine = (window as unknown as { egovEngine?: { query(sql: string): Promise<{ columns: { name: string; values: unknown[] }[]; rowCount: number }> } }).egovEngine;
    if (!engine) throw new Error('the page exposes no engine');
    const table = await engine.query(text);
    return Array.from({ length: table.rowCount }, (_, row) => Object.fromEntries(table.columns.map((c) => [c.name, c.values[row]])));
  }, sql);
}
