/**
 * The built site against the baked database: every page type shows the database's numbers, renders
 * without JavaScript, passes axe (no serious/critical), keeps to localhost, fits 360 px; screenshots.
 * Run after `npm run build`.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../src/data/db.ts';
import { formatValue } from '../../src/lib/format/value.ts';
import type { Qualifier, Unit } from '../../src/lib/types.ts';
import { startSession, type Session } from './harness.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SHOTS = resolve(ROOT, 'test-output/screenshots');
const AXE = resolve(ROOT, 'node_modules/axe-core/axe.min.js');

let session: Session;
let db: Db;
beforeAll(async () => {
  session = await startSession();
  db = await openDb(resolve(ROOT, 'dist/data/egov.duckdb'), { readOnly: true });
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  db?.close();
  await session?.close();
});

async function open(path: string, options: { javaScriptEnabled?: boolean; width?: number; bypassCSP?: boolean } = {}): Promise<Page> {
  const page = await session.newPage(options);
  await page.goto(new URL(path, session.server.url).href);
  return page;
}

interface Row { indicator: string; geo: string; vintage: string; period: string; value: number; qualifier: Qualifier; unit: Unit; rank: number | null; rank_n: number | null }

describe('numbers on screen equal the database', () => {
  it('home: national figures (latest per indicator), in a question\'s answer or among the other national figures', async () => {
    const rows = await db.all<Row>(`SELECT f.indicator, f.period, f.value, f.qualifier, i.unit FROM figures f JOIN indicators i ON i.id = f.indicator
      WHERE f.geo = 'VN' AND NOT f.derived QUALIFY row_number() OVER (PARTITION BY f.indicator ORDER BY f.period_end DESC) = 1`);
    expect(rows.length).toBeGreaterThan(0);
    const page = await open('/');
    for (const r of rows) {
      const card = page.locator(`li.card[data-indicator="${r.indicator}"] .big, .answer[data-indicator="${r.indicator}"] [data-national] .big`);
      expect(await card.count(), r.indicator).toBe(1);
      expect((await card.innerText()).trim(), r.indicator).toBe(formatValue(r.value, r.unit, r.qualifier, 'vi'));
    }
    await page.context().close();
  });

  it('indicator page: every province figure of the table, with its rank', async () => {
    const [top] = await db.all<{ indicator: string }>(`SELECT indicator FROM figures WHERE geo <> 'VN' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`);
    const rows = await db.all<Row>(`SELECT f.*, i.unit, r.rank, r.n AS rank_n FROM figures f JOIN indicators i ON i.id = f.indicator
      LEFT JOIN ranks r USING (indicator, vintage, period, geo) WHERE f.indicator = $1 AND f.geo <> 'VN'`, [top.indicator]);
    // the indicator view's table tab shows one vintage and period at a time
    const views = [...new Set(rows.map((r) => `${r.vintage}|${r.period}`))];
    const page = await session.newPage();
    for (const v of views) {
      const [vintage, period] = v.split('|');
      await page.goto(new URL(`/en/indicators/${top.indicator}/?vintage=${vintage}&period=${encodeURIComponent(period)}&tab=table`, session.server.url).href);
      // hydrated on the view of the URL (the prerendered table is the opening view's)
      await page.locator('figure.grapher[data-hydrated]').waitFor();
      await page.waitForFunction((want) => document.querySelector('figure.grapher figcaption .title')?.textContent?.includes(want), `${vintage === 'VN34' ? 34 : 63} provinces`);
      for (const r of rows.filter((x) => x.vintage === vintage && x.period === period)) {
        const row = page.locator(`.grapher-table tr[data-geo="${r.geo}"][data-period="${r.period}"]`);
        await expect(row.locator('.value').innerText()).resolves.toBe(formatValue(r.value, r.unit, r.qualifier, 'en'));
        expect(await row.locator('td[data-rank]').getAttribute('data-rank'), `${v} ${r.geo}`).toBe(r.rank === null ? '' : String(r.rank));
      }
    }
    await page.context().close();
  });

  it('province pages of both vintages: the latest figure of each indicator', async () => {
    for (const [vintage, geo] of [['VN63', '84'], ['VN34', '48']] as const) {
      const rows = await db.all<Row>(`SELECT f.*, i.unit FROM figures f JOIN indicators i ON i.id = f.indicator WHERE f.vintage = $1 AND f.geo = $2
        QUALIFY row_number() OVER (PARTITION BY f.indicator ORDER BY f.period_end DESC) = 1`, [vintage, geo]);
      const page = await open(`/tinh/${vintage.toLowerCase()}/${geo}/`);
      for (const r of rows) {
        const cell = page.locator(`table.latest tr[data-indicator="${r.indicator}"] .value`);
        expect(await cell.innerText(), `${vintage} ${geo} ${r.indicator}`).toBe(formatValue(r.value, r.unit, r.qualifier, 'vi'));
      }
      const unranked = await db.all<{ indicator: string }>(`SELECT DISTINCT indicator FROM figures WHERE vintage = $1 AND geo <> 'VN'
        EXCEPT SELECT indicator FROM figures WHERE vintage = $1 AND geo = $2`, [vintage, geo]);
      // "no data" is counted in one line, never listed indicator by indicator
      for (const u of unranked) expect(await page.locator(`table.latest tr[data-indicator="${u.indicator}"]`).count()).toBe(0);
      const counted = page.locator('[data-nodata-count]');
      if (unranked.length === 0) expect(await counted.count()).toBe(0);
      else expect(await counted.getAttribute('data-nodata-count')).toBe(String(unranked.length));
      await page.context().close();
    }
  });

  it('a merged province lists what each member published before the merger', async () => {
    const rows = await db.all<Row>(`SELECT f.*, i.unit FROM figures f JOIN indicators i ON i.id = f.indicator
      WHERE f.vintage = 'VN63' AND NOT f.derived AND f.geo IN (SELECT vn63_code FROM crosswalk WHERE vn34_code = '37')
      QUALIFY f.period = max(f.period) OVER (PARTITION BY f.indicator ORDER BY f.period_end ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)`);
    expect(rows.length).toBeGreaterThan(0);
    const page = await open('/tinh/vn34/37/');
    for (const r of rows) {
      const cell = page.locator(`.members-before tr[data-indicator="${r.indicator}"] td[data-geo="${r.geo}"] .value`);
      expect(await cell.innerText(), `${r.indicator} ${r.geo}`).toBe(formatValue(r.value, r.unit, r.qualifier, 'vi'));
    }
    await page.context().close();
  });

  it('prints the province brief on one A4 page, for the provinces with the most figures', async () => {
    const busiest = await db.all<{ vintage: string; geo: string }>(`SELECT vintage, geo FROM figures WHERE geo <> 'VN'
      GROUP BY ALL ORDER BY count(*) DESC, vintage, geo LIMIT 4`);
    expect(busiest.length).toBeGreaterThan(0);
    for (const { vintage, geo } of busiest) {
      for (const lang of ['vi', 'en'] as const) {
        const page = await open(lang === 'vi' ? `/tinh/${vintage.toLowerCase()}/${geo}/` : `/en/provinces/${vintage.toLowerCase()}/${geo}/`);
        await page.emulateMedia({ media: 'print' });
        const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
        const pages = pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
        expect(pages.length, `${lang} ${vintage} ${geo}`).toBe(1);
        await page.context().close();
      }
    }
  });

  it('sources page: every observation of every source is listed', async () => {
    const counts = await db.all<{ source: string; n: number }>(`SELECT s.id AS source, count(o.source) AS n FROM sources s LEFT JOIN observations o ON o.source = s.id GROUP BY 1`);
    const page = await open('/nguon/');
    for (const c of counts) expect(await page.locator(`section[data-source="${c.source}"] tbody tr`).count(), c.source).toBe(c.n);
    await page.context().close();
  });

  it('sources page: a long list of figures is folded under its count, and the address opens its own', async () => {
    const counts = await db.all<{ source: string; n: number }>(`SELECT source, count(*)::INTEGER AS n FROM observations GROUP BY 1 ORDER BY 2 DESC, 1`);
    const long = counts[0];
    const short = counts.at(-1);
    if (!long || !short) throw new Error('no observations');
    expect(long.n).toBeGreaterThan(12);
    expect(short.n).toBeLessThanOrEqual(12);
    const page = await open('/nguon/');
    const fold = (source: string) => page.locator(`section[data-source="${source}"] details.figures-fold`);
    expect(await fold(long.source).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await fold(long.source).locator('summary').innerText()).toBe(`Số liệu: ${long.n}`);
    expect(await fold(short.source).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await fold(long.source).locator('summary').click();
    await expect.poll(() => page.locator(`section[data-source="${long.source}"] tbody tr`).first().isVisible()).toBe(true);
    await page.context().close();
    // arriving from a figure's source line: that source's figures are open and on screen
    const linked = await open(`/nguon/#src-${long.source}`);
    expect(await linked.locator(`#src-${long.source} details.figures-fold`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await linked.locator(`#src-${long.source} tbody tr`).first().isVisible()).toBe(true);
    await linked.context().close();
  });
});

describe('pages without JavaScript', () => {
  it('show the map with all its shapes, tables and figures', async () => {
    const page = await open('/', { javaScriptEnabled: false });
    const vintage = await page.locator('svg.map path[data-code]').first().getAttribute('data-vintage');
    expect(await page.locator('svg.map path[data-code]').count()).toBe(vintage === 'VN34' ? 34 : 63);
    expect(await page.locator('li.card').count()).toBeGreaterThan(0);
    const province = await open('/tinh/vn34/79/', { javaScriptEnabled: false });
    expect(await province.locator('[data-formed-from]').getAttribute('data-formed-from')).toBe('74+77+79');
    await page.context().close();
    await province.context().close();
  });
});

const PAGES = [
  ['home', '/'],
  ['indicator', '/chi-so/dti_rank/'],
  ['province', '/tinh/vn63/84/'],
  ['compare', '/so-sanh/'],
  ['sources', '/en/sources/'],
  ['method', '/phuong-phap/'],
  ['province-vn34', '/en/provinces/vn34/79/'],
  ['downloads', '/tai-ve/'],
  ['whats-new', '/moi/'],
  ['explore', '/truy-van/'],
] as const;

describe('accessibility, layout and network', () => {
  for (const [name, path] of PAGES) {
    it(`${name}: no serious or critical axe violation, no horizontal scroll at 360 px`, async () => {
      // axe-core is injected as an inline script, which the site's CSP rightly refuses
      const page = await open(path, { width: 360, bypassCSP: true });
      await page.waitForLoadState('networkidle');
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
        const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await page.context().close();
    });
  }

  it('sends a Content-Security-Policy of its own origin only, and nothing on the pages breaks it', async () => {
    for (const [, path] of PAGES) {
      const page = await open(path);
      const violations: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && /Content Security Policy/.test(m.text())) violations.push(m.text());
      });
      await page.goto(page.url());
      await page.waitForLoadState('networkidle');
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy, path).toMatch(/default-src 'self'/);
      expect(policy, path).not.toMatch(/https?:|\*/);
      expect(violations, path).toEqual([]);
      await page.context().close();
    }
  });

  it('takes screenshots at 360 and 1280 px', async () => {
    for (const [name, path] of PAGES.slice(0, 4)) {
      for (const width of [360, 1280]) {
        const page = await open(path, { width });
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: resolve(SHOTS, `${name}-${width}.png`), fullPage: width === 1280 });
        await page.context().close();
      }
    }
  });

  it('links every page to its twin in the other language', async () => {
    const page = await open('/tinh/vn63/01/');
    expect(await page.locator('a[data-twin]').getAttribute('href')).toBe('/en/provinces/vn63/01/');
    const en = await open('/en/compare/');
    expect(await en.locator('a[data-twin]').getAttribute('href')).toBe('/so-sanh/');
    expect(await en.locator('html').getAttribute('lang')).toBe('en');
    await page.context().close();
    await en.context().close();
  });

  it('sends the old explore address on to the Vietnamese one, which links its English twin', async () => {
    const page = await open('/explore/?q=SELECT%201#editor');
    await page.waitForURL(/\/truy-van\//);
    const url = new URL(page.url());
    expect(url.pathname + url.search + url.hash, 'the query and the fragment are kept').toBe('/truy-van/?q=SELECT%201#editor');
    expect(await page.locator('a[data-twin]').getAttribute('href')).toBe('/en/explore/');
    await page.context().close();
  });

  it('made no request to another origin', () => {
    expect(session.offsite).toEqual([]);
  });
});
