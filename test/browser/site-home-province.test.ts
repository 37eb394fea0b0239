/**
 * The home page, the province pages of both vintages, the printed brief, "What's new" and its
 * feeds, and explore without JavaScript, on the built site against its baked database: what a
 * person sees equals the database; axe finds nothing at 360 and 1280 px; Lighthouse accessibility
 * is 100; screenshots for a person to look at. Run after `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { openDb, type Db } from '../../src/data/db.ts';
import { formatDate } from '../../src/lib/format/period.ts';
import { formatValue } from '../../src/lib/format/value.ts';
import type { Qualifier, Unit } from '../../src/lib/types.ts';
import { isoToday } from '../../src/client/print/print-date.ts';
import { startSession, type Session } from './harness.ts';
import { lighthouseAccessibility } from './lighthouse.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SHOTS = resolve(ROOT, 'test-output/screenshots');
const AXE = resolve(ROOT, 'node_modules/axe-core/axe.min.js');
const SITE = String(config.site).replace(/\/$/, '');

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

interface Row { geo: string; value: number; qualifier: Qualifier; unit: Unit }

describe('home', () => {
  it('answers each question with the latest published figures of the database', async () => {
    const page = await open('/');
    const answers = await page.locator('.answer').evaluateAll((els) => els.map((e) => ({
      indicator: e.getAttribute('data-indicator') ?? '', period: e.getAttribute('data-period') ?? '', vintage: e.getAttribute('data-vintage') ?? '',
    })));
    expect(answers.length).toBeGreaterThan(0);
    for (const a of answers) {
      const [latest] = await db.all<{ period: string }>(`SELECT period FROM figures WHERE indicator = $1 AND NOT derived ORDER BY period_end DESC LIMIT 1`, [a.indicator]);
      expect(a.period, a.indicator).toBe(latest?.period);
      const rows = await db.all<Row>(`SELECT f.geo, f.value, f.qualifier, i.unit FROM figures f JOIN indicators i ON i.id = f.indicator
        WHERE f.indicator = $1 AND f.vintage = $2 AND f.period = $3 AND f.geo <> 'VN' AND NOT f.derived`, [a.indicator, a.vintage, a.period]);
      const block = page.locator(`.answer[data-indicator="${a.indicator}"]`);
      if (rows.length > 0) expect(await block.locator('[data-published]').getAttribute('data-published')).toBe(String(rows.length));
      for (const li of await block.locator('ol.who li').all()) {
        const geo = await li.getAttribute('data-geo');
        const row = rows.find((r) => r.geo === geo);
        expect(row, `${a.indicator} ${geo}`).toBeDefined();
        if (row) expect(await li.locator('.value').innerText()).toBe(formatValue(row.value, row.unit, row.qualifier, 'vi'));
      }
    }
    await page.context().close();
  });

  it('shows each current index with its best three, and its worst three only when every province has a figure', async () => {
    const page = await open('/en/');
    const indexes = await page.locator('[data-index]').evaluateAll((els) => els.map((e) => ({
      indicator: e.getAttribute('data-indicator') ?? '', period: e.getAttribute('data-period') ?? '', vintage: e.getAttribute('data-vintage') ?? '',
    })));
    expect(indexes.length).toBeGreaterThan(0);
    for (const x of indexes) {
      const rows = await db.all<Row & { direction: string; vintage: string }>(`SELECT f.geo, f.value, f.qualifier, i.unit, i.direction, f.vintage FROM figures f JOIN indicators i ON i.id = f.indicator
        WHERE f.indicator = $1 AND f.period = $2 AND f.vintage = $3 AND f.geo <> 'VN' AND NOT f.derived`, [x.indicator, x.period, x.vintage]);
      const sign = rows[0]?.direction === 'lower_better' ? 1 : -1;
      const sorted = [...rows].sort((a, b) => sign * (a.value - b.value) || a.geo.localeCompare(b.geo));
      const block = page.locator(`[data-index][data-indicator="${x.indicator}"]`);
      expect(await block.locator('[data-leaders] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-geo')))).toEqual(sorted.slice(0, 3).map((r) => r.geo));
      const total = rows[0]?.vintage === 'VN34' ? 34 : 63;
      if (rows.length === total) expect(await block.locator('[data-laggards] li').count()).toBe(3);
      else expect(await block.locator('[data-no-laggards]').count()).toBe(1);
    }
    await page.context().close();
  });

  it('puts the questions first, the indexes next and the map below them', async () => {
    const page = await open('/');
    const order = await page.evaluate(() => ['.home-questions', '.home-indexes', '.home-map'].map((s) => document.querySelector(s)?.getBoundingClientRect().top ?? -1));
    expect(order.every((y) => y >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    await page.context().close();
  });

  it('loads no map script before the reader reaches the map', async () => {
    const page = await session.newPage({ width: 412, height: 823 });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(new URL('/', session.server.url).href);
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((s) => /MapIsland|d3-geo/.test(s))).toEqual([]);
    await page.context().close();
  });
});

describe('province pages', () => {
  it('a merged VN34 unit shows its own figures above its members’ history', async () => {
    const page = await open('/tinh/vn34/37/');
    const [brief, members] = await page.evaluate(() => ['.brief', '.members-before'].map((s) => document.querySelector(s)?.getBoundingClientRect().top ?? -1));
    expect(brief).toBeGreaterThan(0);
    expect(members).toBeGreaterThan(brief as number);
    await page.context().close();
  });

  it('the two pages called Bắc Ninh say which is which and link to each other', async () => {
    for (const [path, other, href] of [['/tinh/vn63/27/', 'VN34-24', '/tinh/vn34/24/'], ['/en/provinces/vn34/24/', 'VN63-27', '/en/provinces/vn63/27/']] as const) {
      const page = await open(path);
      const note = page.locator(`[data-namesake="${other}"]`);
      expect(await note.count(), path).toBe(1);
      expect(await note.locator('a').getAttribute('href')).toBe(href);
      expect(await note.innerText()).toMatch(path.includes('vn63') ? /trước sáp nhập.*mã 27/ : /after the merger.*code 24/);
      await page.context().close();
    }
  });

  it('shows the change since the previous period where the database has one', async () => {
    const rows = await db.all<{ indicator: string; value: number; previous: number }>(`SELECT indicator, value, lag(value) OVER w AS previous FROM figures
      WHERE vintage = 'VN63' AND geo = '27' AND qualifier = '' WINDOW w AS (PARTITION BY indicator ORDER BY period_end) QUALIFY row_number() OVER (PARTITION BY indicator ORDER BY period_end DESC) = 1`);
    const page = await open('/tinh/vn63/27/');
    for (const r of rows.filter((x) => x.previous !== null)) {
      const change = await page.locator(`table.latest tr[data-indicator="${r.indicator}"] td[data-change]`).getAttribute('data-change');
      expect(Number(change), r.indicator).toBeCloseTo(r.value - r.previous, 6);
    }
    await page.context().close();
  });

  it('the printed brief is one A4 page with the site name, the public URL and the print date', async () => {
    for (const [path, lang] of [['/tinh/vn63/27/', 'vi'], ['/en/provinces/vn34/24/', 'en']] as const) {
      const page = await open(path);
      await page.emulateMedia({ media: 'print' });
      const footer = page.locator('[data-print-footer]');
      expect(await footer.isVisible(), path).toBe(true);
      const text = await footer.innerText();
      expect(text).toContain(lang === 'vi' ? 'Chính phủ điện tử Việt Nam theo số liệu' : "Viet Nam's e-government in figures");
      expect(text).toContain(`${SITE}${path}`);
      expect(text).toContain(formatDate(isoToday(), lang));
      expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
      const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
      expect((pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length, path).toBe(1);
      await page.context().close();
    }
  });
});

describe("what's new and the feeds", () => {
  const subjects = execFileSync('git', ['log', '--format=%s', '--', 'data/observations'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);

  it('word each data change in the page’s language, not by commit subject', async () => {
    for (const [path, words] of [['/moi/', /^\d{1,2}\/\d{1,2}\/\d{4} · ((Thêm|Sửa|Rút) [\d.]+ số liệu|Không số liệu nào thay đổi: )/], ['/en/whats-new/', /^\d{1,2} \w{3} \d{4} · ((Added|Revised|Withdrew) [\d,]+ |No figure changed: )/]] as const) {
      const page = await open(path);
      const headings = await page.locator('section[data-change] h2').allInnerTexts();
      expect(headings.length, path).toBe(Math.min(subjects.length, 20));
      for (const h of headings) {
        expect(h, path).toMatch(words);
        for (const s of subjects) expect(h).not.toContain(s);
      }
      await page.context().close();
    }
  });

  it('feeds in each language link to the configured site, never to localhost', async () => {
    for (const [path, lang, page] of [['/feed.xml', 'vi', '/moi/'], ['/en/feed.xml', 'en', '/en/whats-new/']] as const) {
      const xml = await (await fetch(new URL(path, session.server.url))).text();
      expect(xml).toContain(`xml:lang="${lang}"`);
      expect(xml).not.toMatch(/localhost|127\.0\.0\.1/);
      const links = [...xml.matchAll(/(?:href="|<id>)([^"<]+)/g)].map((m) => m[1] as string);
      expect(links.length).toBeGreaterThan(2);
      for (const l of links) expect(l.startsWith(SITE), l).toBe(true);
      expect(xml).toContain(`<link rel="alternate" href="${SITE}${page}"/>`);
      for (const s of subjects) expect(xml).not.toContain(`<title>${s}</title>`);
    }
  });
});

describe('explore without JavaScript', () => {
  it('shows no control that cannot work, and the controls once the islands run', async () => {
    const off = await open('/truy-van/', { javaScriptEnabled: false });
    expect(await off.locator('[data-testid="run"]').count()).toBe(0);
    expect(await off.locator('[data-testid="corr-draw"], [data-testid="corr-x"]').count()).toBe(0);
    expect(await off.locator('.explore button, .correlation button, .correlation select').count()).toBe(0);
    // what can be read still is
    expect(await off.locator('[data-example-title]').count()).toBeGreaterThan(0);
    await off.context().close();
    const on = await open('/truy-van/');
    await on.locator('[data-testid="run"]').waitFor();
    // the correlation island hydrates when it comes into view
    await on.locator('.correlation').scrollIntoViewIfNeeded();
    await on.locator('[data-testid="corr-draw"]').waitFor();
    await on.context().close();
  });
});

const MINE = [
  ['home', '/'],
  ['home-en', '/en/'],
  ['province-vn63', '/tinh/vn63/27/'],
  ['province-vn34', '/en/provinces/vn34/24/'],
  ['sources', '/nguon/'],
  ['method', '/en/method/'],
  ['downloads', '/tai-ve/'],
  ['whats-new', '/moi/'],
  ['explore', '/truy-van/'],
] as const;

describe('accessibility of these pages', () => {
  for (const [name, path] of MINE) {
    it(`${name}: axe finds no violation at 360 or 1280 px`, async () => {
      for (const width of [360, 1280]) {
        const page = await open(path, { width, bypassCSP: true });
        await page.waitForLoadState('networkidle');
        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
          const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
          return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
        });
        expect(violations, `${path} at ${width} px`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width} px`).toBeLessThanOrEqual(width);
        await page.context().close();
      }
    });
  }

  it('Lighthouse accessibility is 100 on each', async () => {
    const results = await lighthouseAccessibility(MINE.map(([, path]) => new URL(path, session.server.url).href));
    for (const [url, a] of results) expect({ url, score: a.score, failing: a.failing }).toEqual({ url, score: 100, failing: [] });
  }, 600_000);

  it('keeps the members’ and every-figure tables readable on a phone: names wrap by word, the table scrolls in its box', async () => {
    for (const [path, rows] of [['/tinh/vn34/24/', '.members-before th[scope="row"]'], ['/tinh/vn63/27/', 'table.figures th[scope="row"]']] as const) {
      const page = await open(path, { width: 360 });
      const widths = await page.locator(rows).evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
      expect(widths.length, path).toBeGreaterThan(0);
      for (const w of widths) expect(w, path).toBeGreaterThanOrEqual(150);
      await page.context().close();
    }
  });

  it('takes screenshots of home and a province of each vintage at 360 and 1280 px', async () => {
    for (const [name, path] of [['home', '/'], ['province-vn63', '/tinh/vn63/27/'], ['province-vn34', '/tinh/vn34/24/']] as const) {
      for (const width of [360, 1280]) {
        const page = await open(path, { width });
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: resolve(SHOTS, `pages-${name}-${width}.png`), fullPage: true });
        await page.context().close();
      }
    }
  });

  it('made no request to another origin', () => {
    expect(session.offsite).toEqual([]);
  });
});
