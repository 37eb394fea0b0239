/**
 * Text from the data cannot inject markup or script: a copy of data/ gets a hostile observation
 * (quote and note carrying <script> and an onerror handler) and a hostile source (title with an
 * onmouseover handler, note with <script>), is baked and built into a temp dir, and the pages that
 * show quotes and source titles are opened in Chromium. The text must appear literally, nothing
 * may run, and no element may carry a handler attribute that came from the data.
 * Builds the whole site once (about half a minute on 2 cores).
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/data/db.ts';
import { csvLine } from '../../src/lib/csv/write.ts';
import { serveStatic, type StaticServer } from '../../scripts/server/static.ts';
import { CHROMIUM } from './harness.ts';
import { runNodeOk } from '../fixtures/child.ts';
import { CHROMIUM_FLAGS } from '../../scripts/lib/chromium.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=2">';
const BOLD = '<b onmouseover=alert(1)>';
const SOURCE_ID = 'hostile-test-source';
// Hà Nội's DTI rank for a period no real row has, so it is the latest figure on its pages.
const ROW = { indicator: 'dti_rank', vintage: 'VN63', geo: '01', period: '2024', value: 7 };
const QUOTE = `TP. Hà Nội xếp thứ 7 ${SCRIPT}${IMG} hết`;
const OBS_NOTE = 'ghi chú <svg onload="window.__pwned=3"></svg>';
const TITLE = `Bảng xếp hạng ${BOLD}đậm</b> & "ngoặc"`;
const SOURCE_NOTE = 'ghi chú nguồn <script>window.__pwned=4</script>';
const HANDLER_ATTRIBUTES = ['onerror', 'onmouseover', 'onload'];

const line = (values: (string | number)[]): string => csvLine(values) + '\n';

let dir = '';
let server: StaticServer | null = null;
let browser: Browser | null = null;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`browser tests need Chromium at ${CHROMIUM}: install it with "sudo apt-get install -y chromium", or set CHROMIUM_PATH`);
  dir = mkdtempSync(join(tmpdir(), 'site-escaping-'));
  const data = join(dir, 'data');
  cpSync(join(ROOT, 'data'), data, { recursive: true });
  // Columns as the files' headers name them (CONTRACTS.md), appended to copies in the temp dir.
  const sourcesHeader = readFileSync(join(data, 'sources.csv'), 'utf8').split('\n', 1)[0];
  expect(sourcesHeader).toBe('id,publisher,title,date,url,kind,note_vi,note_en');
  appendFileSync(join(data, 'sources.csv'), line([SOURCE_ID, 'Nhà xuất bản <i>thử</i>', TITLE, '2023-06-01', '', 'table', SOURCE_NOTE, SOURCE_NOTE]));
  const observations = join(data, 'observations/dti-2022.csv');
  expect(readFileSync(observations, 'utf8').split('\n', 1)[0]).toBe('indicator,vintage,geo,subunit,breakdown,period,value,qualifier,numerator,denominator,source,quote,note_vi,note_en');
  appendFileSync(observations, line([ROW.indicator, ROW.vintage, ROW.geo, '', '', ROW.period, ROW.value, '', '', '', SOURCE_ID, QUOTE, OBS_NOTE, OBS_NOTE]));

  const out = join(dir, 'public-data');
  runNodeOk(['scripts/data-bake.ts', '--data', data, '--out', out]);
  const dist = join(dir, 'dist');
  runNodeOk([ASTRO, 'build', '--outDir', dist], { env: { ...process.env, EGOV_DB: join(out, 'egov.duckdb'), ASTRO_TELEMETRY_DISABLED: '1' } });
  // Astro copied public/data (the real bake); the pages fetch this bake's files.
  // (the bake's output is a link to a complete version: copy what it points to)
  cpSync(out, join(dist, 'data'), { recursive: true, force: true, dereference: true });
  server = await serveStatic(dist);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS] });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the hostile rows are in the temp bake', () => {
  it('the database holds the observation and the source with their text unchanged', async () => {
    const db = await openDb(join(dir, 'public-data/egov.duckdb'), { readOnly: true });
    try {
      const rows = await db.all<{ quote: string; note: string; value: number; title: string }>(
        `SELECT o.quote, o.note_vi AS note, o.value, s.title FROM observations o JOIN sources s ON s.id = o.source
         WHERE o.indicator = $1 AND o.vintage = $2 AND o.geo = $3 AND o.period = $4`,
        [ROW.indicator, ROW.vintage, ROW.geo, ROW.period],
      );
      expect(rows).toEqual([{ quote: QUOTE, note: OBS_NOTE, value: ROW.value, title: TITLE }]);
    } finally {
      db.close();
    }
  });

  it('the build used that bake: the indicator page lists the 2024 row', () => {
    const html = readFileSync(join(dir, 'dist/chi-so/dti_rank/index.html'), 'utf8');
    expect(html).toContain('window.__pwned=1');
  });
});

interface Inspection {
  pwned: unknown;
  text: string;
  scriptsWithHostileText: number;
  handlerElements: string[];
  boldInjected: number;
}

async function inspect(path: string, javaScriptEnabled: boolean): Promise<Inspection> {
  if (!browser || !server) throw new Error('beforeAll did not finish');
  const context = await browser.newContext({ javaScriptEnabled });
  try {
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      return url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:' ? route.continue() : route.abort();
    });
    const page: Page = await context.newPage();
    // 'load' first: on a large page Playwright can report the network idle while the parser is
    // still reading the document (seen on the 1.3 MB sources page: readyState "loading", half the text).
    const response = await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.readyState), 'the whole document was read').toBe('complete');
    // Scroll through so that every island (hydrated when visible) renders its part too.
    if (javaScriptEnabled) {
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 600) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 20));
        }
      });
      await page.waitForLoadState('networkidle');
      // Hovering the injected bold text, were it an element, would fire its handler.
      const bold = page.locator('b[onmouseover]');
      if ((await bold.count()) > 0) await bold.first().hover().catch(() => undefined);
    }
    // A reader opens what is folded (a source's long list of figures, a panel before hydration).
    await page.evaluate(() => {
      for (const fold of document.querySelectorAll('details')) fold.open = true;
    });
    return await page.evaluate(
      ({ handlers }) => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        text: document.body.innerText,
        scriptsWithHostileText: [...document.scripts].filter((s) => /__pwned|onmouseover=alert/.test(s.textContent ?? '')).length,
        handlerElements: [...document.querySelectorAll('*')].flatMap((el) =>
          handlers.filter((h) => el.hasAttribute(h)).map((h) => `<${el.localName} ${h}="${el.getAttribute(h) ?? ''}">`),
        ),
        boldInjected: [...document.querySelectorAll('b, i')].filter((el) => ['đậm', 'thử'].includes((el.textContent ?? '').trim())).length,
      }),
      { handlers: HANDLER_ATTRIBUTES },
    );
  } finally {
    await context.close();
  }
}

// The pages that show the quote and the source's title: the indicator (all figures), the
// province (latest figure), the sources list, and home (the map's source line), in both languages.
const PAGES = [
  // the indicator view shows the quotes on its sources tab (the others are hidden once it runs)
  { path: '/chi-so/dti_rank/?tab=sources', quote: true, note: false },
  { path: '/en/indicators/dti_rank/?tab=sources', quote: true, note: false },
  { path: '/tinh/vn63/01/', quote: true, note: false },
  { path: '/nguon/', quote: true, note: true },
  { path: '/en/sources/', quote: true, note: true },
];

describe('hostile text stays text', () => {
  for (const { path, quote, note } of PAGES) {
    for (const javaScriptEnabled of [true, false]) {
      it(`${path}${javaScriptEnabled ? '' : ' (no JavaScript)'}: shown literally, nothing runs, no handler from the data`, async () => {
        const r = await inspect(path, javaScriptEnabled);
        expect(r.pwned, 'window.__pwned').toBeUndefined();
        expect(r.scriptsWithHostileText, 'script elements containing the hostile text').toBe(0);
        expect(r.handlerElements, 'elements with event-handler attributes').toEqual([]);
        expect(r.boldInjected, 'elements made from the source title or publisher').toBe(0);
        if (quote) expect(r.text).toContain(`${SCRIPT}${IMG}`);
        expect(r.text).toContain(`${BOLD}đậm</b> & "ngoặc"`);
        if (note) expect(r.text).toContain(SOURCE_NOTE);
      });
    }
  }
});
