/** The map and compare islands in Chromium: shapes and data attributes, vintage toggle, keyboard, URL state. */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../src/data/db.ts';
import { startSession, type Session } from './harness.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let session: Session;
let db: Db;
beforeAll(async () => {
  session = await startSession();
  db = await openDb(resolve(ROOT, 'dist/data/egov.duckdb'), { readOnly: true });
});
afterAll(async () => {
  db?.close();
  await session?.close();
});

async function open(path: string): Promise<Page> {
  const page = await session.newPage();
  await page.goto(new URL(path, session.server.url).href);
  // the home map hydrates when visible (other pages have none: no 30 s wait for it)
  const map = page.locator('#home-map');
  if ((await map.count()) > 0) await map.scrollIntoViewIfNeeded();
  return page;
}

/** data-value of every province path, by code */
async function mapValues(page: Page): Promise<Map<string, string>> {
  const pairs = await page.locator('svg.map path[data-code]').evaluateAll((paths) => paths.map((p) => [p.getAttribute('data-code') ?? '', p.getAttribute('data-value') ?? '']));
  return new Map(pairs as [string, string][]);
}

describe('map', () => {
  it('draws the provinces of its map with the database figures, then the other map after the toggle', async () => {
    const page = await open('/');
    const block = page.locator('#home-map');
    await page.locator('#home-map[data-hydrated]').waitFor(); // hydrated
    const indicator = (await page.locator('.controls select').inputValue()).trim();
    const period = new URL(await page.evaluate(() => location.href)).searchParams.get('period');
    expect(period).toBeNull();
    // the map the home opens on (the headline index's own), then the other one
    const vintage = (await block.locator('path[data-code]').first().getAttribute('data-vintage')) as 'VN63' | 'VN34';
    const other = vintage === 'VN63' ? 'VN34' : 'VN63';
    const size = { VN63: 63, VN34: 34 } as const;
    const shown = await mapValues(page);
    expect(shown.size).toBe(size[vintage]);
    const shownPeriod = await block.locator('path[data-period]').first().getAttribute('data-period');
    const rows = await db.all<{ geo: string; value: number }>(`SELECT geo, value FROM figures WHERE indicator = $1 AND vintage = $2 AND period = $3 AND geo <> 'VN'`, [indicator, vintage, shownPeriod ?? '']);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(shown.get(r.geo), r.geo).toBe(String(r.value));
    expect([...shown.values()].filter((v) => v !== '').length).toBe(rows.length);
    for (const attr of ['data-vintage', 'aria-label', 'tabindex']) expect(await block.locator(`path[data-code="01"]`).getAttribute(attr)).not.toBeNull();

    await page.getByRole('button', { name: `${size[other]} tỉnh` }).click();
    await page.waitForFunction((n) => document.querySelectorAll('svg.map path[data-code]').length === n, size[other]);
    expect(new URL(page.url()).searchParams.get('vintage')).toBe(other);
    expect(await page.locator(`svg.map path[data-vintage="${other}"]`).count()).toBe(size[other]);

    // back restores the first map; forward brings the other back
    await page.goBack();
    await page.waitForFunction((n) => document.querySelectorAll('svg.map path[data-code]').length === n, size[vintage]);
    await page.goForward();
    await page.waitForFunction((n) => document.querySelectorAll('svg.map path[data-code]').length === n, size[other]);
    await page.context().close();
  });

  it('restores the view from the URL on load', async () => {
    const page = await open('/?vintage=VN34');
    await page.waitForFunction(() => document.querySelectorAll('svg.map path[data-code]').length === 34);
    expect(await page.getByRole('button', { name: '34 tỉnh' }).getAttribute('aria-pressed')).toBe('true');
    await page.context().close();
  });

  it('moves between provinces with the arrow keys, shows a tooltip, and opens a province with Enter', async () => {
    const page = await open('/?vintage=VN63');
    await page.waitForFunction(() => document.querySelectorAll('svg.map path[tabindex="-1"]').length === 62);
    await page.locator('#home-map[data-hydrated]').waitFor(); // hydrated: the keyboard and the details box are wired
    const start = page.locator('svg.map path[data-code="01"]');
    await start.focus();
    expect(await page.locator('.map-tip').innerText()).toContain('Hà Nội');
    await page.keyboard.press('ArrowDown');
    const moved = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    expect(moved).not.toBe('01');
    expect(moved).toMatch(/^\d{2}$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/tinh/vn63/${moved}/`);
    await page.context().close();
  });

  it('embeds the indicator view alone with a link back to the same view', async () => {
    const page = await open('/chi-so/dti_rank/?embed=1&chart=indicator-view&tab=table');
    await page.waitForFunction(() => document.querySelector('figure.grapher [role="tab"][aria-selected="true"]')?.textContent === 'Bảng');
    expect(await page.locator('main > astro-island figure#indicator-view').count()).toBe(1);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    const back = new URL(await page.locator('a.view-on-site').getAttribute('href') ?? '');
    expect(back.pathname).toBe('/chi-so/dti_rank/');
    expect(back.searchParams.get('tab')).toBe('table');
    expect(await page.locator('#indicator-view .source-line').innerText()).toContain('Nguồn');
    await page.context().close();
  });
});

describe('compare', () => {
  it('finds "hcm" and "dak lak", keeps the selection in the URL, and goes back', async () => {
    const page = await open('/so-sanh/?p=VN63-84');
    await page.waitForFunction(() => document.querySelectorAll('.chips li').length === 1);
    const search = page.getByRole('searchbox');
    await search.fill('hcm');
    await page.keyboard.press('Enter');
    await search.fill('dak lak');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.chips li').length === 3);
    expect(new URL(page.url()).searchParams.get('p')).toBe('VN63-84,VN63-79,VN63-66');
    const strips = await page.locator('#compare-charts figure').count();
    expect(strips).toBeGreaterThan(0);
    await page.goBack();
    await page.waitForFunction(() => document.querySelectorAll('.chips li').length === 2);
    await page.context().close();
  });
});

it('made no request to another origin', () => {
  expect(session.offsite).toEqual([]);
});
