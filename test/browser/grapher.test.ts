/**
 * The indicator view (grapher) and compare in Chromium: click and Enter open a province; tabs and
 * the picker round-trip through the URL and back/forward; downloads follow the view; the embed of
 * a changed view shows that view; short table cells never break; hovering a restored map raises no
 * error; axe finds nothing at 360 and 1280 px; screenshots of every tab and of compare.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './harness.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SHOTS = resolve(ROOT, 'test-output/screenshots');
const AXE = resolve(ROOT, 'node_modules/axe-core/axe.min.js');
const INDICATOR = '/chi-so/dti_rank/';
let session: Session;

beforeAll(async () => {
  session = await startSession();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await session?.close();
});

async function open(path: string, o: { width?: number; bypassCSP?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await session.newPage({ width: o.width ?? 1280, height: 900, bypassCSP: o.bypassCSP });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(path, session.server.url).href);
  // islands hydrate when visible: the home map is below the questions
  await page.locator('figure.grapher, .compare-picker').first().scrollIntoViewIfNeeded();
  await page.locator('figure.grapher[data-hydrated], .compare-picker[data-hydrated]').first().waitFor();
  return { page, errors };
}
const query = (page: Page): URLSearchParams => new URL(page.url()).searchParams;

describe('map', () => {
  for (const width of [360, 1280]) {
    it(`keeps the details box off the island labels at ${width} px`, async () => {
      const { page } = await open(INDICATOR, { width });
      for (const code of ['48', '56', '79', '01', '92']) {
        await page.locator(`svg.map path[data-code="${code}"]`).hover({ force: true });
        const t = await page.locator('.map-tip').boundingBox();
        for (const label of await page.locator('svg.map .islands text').all()) {
          const b = await label.boundingBox();
          expect(t !== null && b !== null && (b.x >= t.x + t.width || b.x + b.width <= t.x || b.y >= t.y + t.height || b.y + b.height <= t.y), code).toBe(true);
        }
      }
      await page.context().close();
    });
  }

  it('opens a province on click, as on Enter', async () => {
    const { page } = await open(INDICATOR);
    await page.locator('svg.map path[data-code="48"]').click();
    await page.waitForURL('**/tinh/vn63/48/');
    await page.goBack();
    await page.locator('figure.grapher[data-hydrated]').waitFor(); // hydrated again
    await page.locator('svg.map path[data-code="01"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/tinh/vn63/01/');
    await page.context().close();
  });

  it('names the publisher, never a source id, in the details box', async () => {
    const { page } = await open(INDICATOR);
    await page.locator('svg.map path[data-code="48"]').hover();
    const tip = await page.locator('.map-tip').innerText();
    expect(tip).toContain('Đà Nẵng');
    expect(tip).toMatch(/Nguồn: .+/);
    expect(tip).not.toMatch(/[a-z0-9]+-[a-z0-9]+-\d{4}/);
    // the details box never covers the island labels
    const tipBox = await page.locator('.map-tip').boundingBox();
    expect(tipBox).not.toBeNull();
    for (const label of await page.locator('svg.map .islands text').all()) {
      const b = await label.boundingBox();
      const t = tipBox as NonNullable<typeof tipBox>;
      expect(b !== null && (b.x >= t.x + t.width || b.x + b.width <= t.x || b.y >= t.y + t.height || b.y + b.height <= t.y)).toBe(true);
    }
    await page.context().close();
  });

  it('moves to the nearest period with data when the map changes, and never opens on "0 of 34"', async () => {
    const { page } = await open('/chi-so/egov_index_score/');
    await page.getByRole('button', { name: '34 tỉnh' }).click();
    await page.waitForFunction(() => document.querySelectorAll('svg.map path[data-code]').length === 34);
    expect(query(page).get('vintage')).toBe('VN34');
    expect(await page.locator('.chart-summary').innerText()).not.toMatch(/\b0 trong 34/);
    await page.context().close();
  });

  it('writes the URL as Play moves through the periods', async () => {
    const { page } = await open(INDICATOR);
    await page.getByRole('button', { name: 'Chạy' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('period') === '2020', undefined, { timeout: 10_000 });
    expect(await page.locator('figure.grapher figcaption').innerText()).toContain('2020');
    await page.getByRole('button', { name: 'Dừng' }).click();
    await page.context().close();
  });

  it('raises no error while hovering a map restored from the URL', async () => {
    const { page, errors } = await open('/?vintage=VN34&period=2022');
    await page.waitForFunction(() => document.querySelectorAll('svg.map path[data-code]').length === 34);
    const paths = page.locator('svg.map path[data-code]');
    for (let i = 0; i < 34; i += 5) await paths.nth(i).hover({ force: true });
    await page.mouse.move(2, 2);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('tabs and picker', () => {
  it('keeps the tab in the URL, by click and by arrow key, and goes back and forward', async () => {
    const { page } = await open(INDICATOR);
    await page.getByRole('tab', { name: 'Biểu đồ' }).click();
    expect(query(page).get('tab')).toBe('chart');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('tab') === 'table');
    expect(await page.getByRole('tab', { name: 'Bảng' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
    expect(await page.locator('[data-panel="table"]').isVisible()).toBe(true);
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('tab') === 'chart');
    expect(await page.locator('[data-panel="chart"]').isVisible()).toBe(true);
    expect(await page.locator('[data-panel="table"]').isVisible()).toBe(false);
    await page.goForward();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('tab') === 'table');
    await page.context().close();
  });

  it('adds a province found without diacritics, says so on a duplicate, explains Hà Tây, and round-trips', async () => {
    const { page } = await open(`${INDICATOR}?tab=chart`);
    const search = page.getByRole('searchbox');
    const picked = async (): Promise<string[]> => (new URL(page.url()).searchParams.get('p') ?? '').split(',');
    // a province the chart does not show yet (the default lines are the leaders)
    expect(await picked()).not.toContain('92');
    expect(await page.locator('[data-panel="chart"] li[data-pick="92"]').count()).toBe(0);
    await search.fill('can tho');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (new URL(location.href).searchParams.get('p') ?? '').split(',').includes('92'));
    expect(await page.locator('[data-panel="chart"] svg text').evaluateAll((ts) => ts.map((t) => t.textContent))).toEqual(expect.arrayContaining([expect.stringMatching(/^Cần Thơ /)]));
    await search.fill('can tho');
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-panel="chart"] .picker-message').innerText()).toContain('Cần Thơ');
    await search.fill('ha tay');
    expect(await page.locator('[data-panel="chart"] .picker-message').innerText()).toMatch(/Hà Tây.*Hà Nội/s);
    await page.goBack();
    await page.waitForFunction(() => !(new URL(location.href).searchParams.get('p') ?? '').split(',').includes('92'));
    expect(await page.locator('[data-panel="chart"] li[data-pick="92"]').count()).toBe(0);
    await page.context().close();
  });
});

async function download(page: Page, kind: 'csv' | 'svg' | 'png'): Promise<{ name: string; body: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator(`figure.grapher [data-download="${kind}"]`).click()]);
  const file = await d.path();
  return { name: d.suggestedFilename(), body: readFileSync(file) };
}

describe('downloads', () => {
  it('carry the new title and source after a change of indicator, named after the view', async () => {
    const { page } = await open('/');
    const select = page.locator('figure.grapher select');
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? '']));
    const current = await select.inputValue();
    const [id, name] = options.find(([v]) => v !== current && v === 'egov_index_score') ?? options.find(([v]) => v !== current) ?? ['', ''];
    await select.selectOption(id);
    await page.waitForFunction((want) => document.querySelector('figure.grapher figcaption')?.textContent?.includes(want), name);
    const source = (await page.locator('figure.grapher .source-line').innerText()).replace(/^Nguồn: /, '').split(' (')[0];
    const svg = await download(page, 'svg');
    const text = svg.body.toString('utf8');
    expect(text).toContain(name.replace(/&/g, '&amp;'));
    expect(text).toContain(source.replace(/&/g, '&amp;'));
    expect(text).toMatch(/Tải về ngày \d{1,2}\/\d{1,2}\/\d{4}/);
    const csv = await download(page, 'csv');
    expect(csv.name).toMatch(new RegExp(`^${id.replace(/_/g, '-')}-.+-vn(63|34)\\.csv$`));
    const header = csv.body.toString('utf8').replace(/^\uFEFF/, '').split('\r\n')[0];
    for (const col of ['publisher', 'source_title', 'url', 'quote']) expect(header.split(',')).toContain(col);
    const lines = csv.body.toString('utf8').split('\r\n').filter(Boolean).slice(1);
    expect(lines.every((l) => l.startsWith(`${id},`))).toBe(true);
    await page.context().close();
  });

  it('makes a PNG as wide as its title', async () => {
    const { page } = await open(INDICATOR);
    const title = await page.locator('figure.grapher figcaption .title').innerText();
    const titleWidth = await page.evaluate((t) => {
      const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
      ctx.font = 'bold 16px system-ui, sans-serif';
      return ctx.measureText(t).width;
    }, title);
    const year = /(\d{4}) · \d+ tỉnh/.exec(title)?.[1];
    expect(year, title).toMatch(/^\d{4}$/);
    const png = await download(page, 'png');
    expect(png.name).toBe(`dti-rank-${year}-vn63.png`);
    const width = png.body.readUInt32BE(16) / 2; // IHDR width, drawn at 2×
    expect(width).toBeGreaterThanOrEqual(titleWidth);
    await page.context().close();
  });
});

describe('embed', () => {
  it('shows exactly the changed view, with title, source, a link back and no embed link', async () => {
    const { page } = await open('/?embed=1&chart=home-map&indicator=egov_index_score&period=2017');
    await page.waitForFunction(() => document.querySelector('figure.grapher figcaption')?.textContent?.includes('2017'));
    const caption = await page.locator('figure.grapher figcaption').innerText();
    const data = await (await fetch(new URL('/site-data/indicator/egov_index_score.json', session.server.url))).json() as { indicator: { name_vi: string } };
    expect(caption).toContain(data.indicator.name_vi);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('figure.grapher .source-line').innerText()).toMatch(/^Nguồn: /);
    const back = new URL(await page.locator('a.view-on-site').first().getAttribute('href') ?? '', session.server.url);
    expect(back.searchParams.get('indicator')).toBe('egov_index_score');
    expect(back.searchParams.get('period')).toBe('2017');
    expect(back.searchParams.get('embed')).toBeNull();
    expect(await page.locator('a.view-on-site').count()).toBe(1);
    expect(await page.locator('details.share, textarea').count()).toBe(0);
    expect(await page.locator('[data-download="csv"]').count()).toBe(1);
    await page.context().close();
  });
});

describe('layout and accessibility', () => {
  for (const width of [360, 1280]) {
    it(`never breaks a short table cell mid-word at ${width} px`, async () => {
      const { page } = await open(`${INDICATOR}?tab=table`, { width });
      await page.locator('.grapher-table').waitFor();
      const broken = await page.locator('.grapher-table td.period, .grapher-table td.num, .grapher-table th.name').evaluateAll((cells) =>
        cells.filter((c) => {
          const words = (c.textContent ?? '').trim().split(/\s+/);
          const range = document.createRange();
          range.selectNodeContents(c);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
          return lines > words.length || (words.length === 1 && lines > 1);
        }).map((c) => c.textContent));
      expect(broken).toEqual([]);
      await page.context().close();
    });

    for (const [name, path] of [['indicator', INDICATOR], ['indicator-chart', `${INDICATOR}?tab=chart`], ['indicator-table', `${INDICATOR}?tab=table`], ['indicator-sources', `${INDICATOR}?tab=sources`], ['compare', '/so-sanh/']] as const) {
      it(`${name}: axe finds no violation at ${width} px; screenshot`, async () => {
        const { page } = await open(path, { width, bypassCSP: true });
        if (width === 360) await page.setViewportSize({ width, height: 1400 });
        await page.waitForLoadState('networkidle');
        // the whole page at 1280; at 360 the screen a reader sees, scrolled to the figure
        if (width === 360) await page.locator('figure.grapher figcaption, .compare-picker').first().evaluate((el) => el.scrollIntoView());
        await page.screenshot({ path: resolve(SHOTS, `grapher-${name}-${width}.png`), fullPage: width === 1280 });
        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
          const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        });
        expect(violations).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.context().close();
      });
    }
  }
});

describe('chart', () => {
  it('labels each line at its end, legibly on a phone, without overlaps', async () => {
    const { page } = await open(`${INDICATOR}?tab=chart`, { width: 360 });
    const boxes = await page.locator('[data-panel="chart"] svg text').evaluateAll((ts) => ts
      .filter((t) => (t.getAttribute('font-weight') ?? t.parentElement?.getAttribute('font-weight')) === '600' || t.closest('[font-weight="600"]'))
      .map((t) => { const b = t.getBoundingClientRect(); return { text: t.textContent, top: b.top, bottom: b.bottom, left: b.left, right: b.right, h: b.height }; }));
    expect(boxes.length).toBeGreaterThanOrEqual(3);
    for (const b of boxes) expect(b.h, b.text ?? '').toBeGreaterThanOrEqual(11);
    // none runs off the drawing (a long name breaks onto a second line instead)
    const frame = await page.locator('[data-panel="chart"] svg').first().boundingBox();
    for (const b of boxes) expect(b.right, b.text ?? '').toBeLessThanOrEqual((frame?.x ?? 0) + (frame?.width ?? 0) + 1);
    for (let i = 0; i < boxes.length; i++) for (let j = 0; j < i; j++) {
      const [a, c] = [boxes[i], boxes[j]];
      expect(a.top >= c.bottom - 0.5 || c.top >= a.bottom - 0.5 || a.left >= c.right || c.left >= a.right, `${a.text} / ${c.text}`).toBe(true);
    }
    await page.context().close();
  });
});

describe('compare', () => {
  it('labels never overlap and are at least 11 px on a phone', async () => {
    const { page } = await open('/so-sanh/?p=VN63-01,VN63-79,VN63-48,VN63-31,VN63-92,VN63-66', { width: 360 });
    await page.waitForFunction(() => document.querySelectorAll('.chips li').length === 6);
    await page.locator('.compare-strips svg').first().waitFor();
    const problems = await page.locator('.compare-strips svg').evaluateAll((svgs) => svgs.flatMap((svg) => {
      const labels = [...svg.querySelectorAll('g[text-anchor] text, text')].filter((t) => /: /.test(t.textContent ?? ''));
      const boxes = labels.map((t) => t.getBoundingClientRect());
      const out: string[] = [];
      boxes.forEach((b, i) => {
        if (b.height > 0 && b.height < 11) out.push(`small: ${labels[i].textContent} ${b.height}`);
        for (let j = 0; j < i; j++) {
          const o = boxes[j];
          if (b.left < o.right - 0.5 && o.left < b.right - 0.5 && b.top < o.bottom - 0.5 && o.top < b.bottom - 0.5) out.push(`overlap: ${labels[i].textContent} / ${labels[j].textContent}`);
        }
      });
      return out;
    }));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('says so on a duplicate pick, and the links under the chips follow the picks', async () => {
    const { page } = await open('/so-sanh/?p=VN63-84');
    await page.waitForFunction(() => document.querySelectorAll('.chips li').length === 1);
    const search = page.getByRole('searchbox');
    await search.fill('hcm');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.chips li').length === 2);
    const links = await page.locator('.compare-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/tinh/vn63/84/', '/tinh/vn63/79/']);
    await search.fill('hcm');
    await page.keyboard.press('Enter');
    expect(await page.locator('.compare-picker .picker-message').innerText()).toContain('Hồ Chí Minh');
    expect(await page.locator('.chips li').count()).toBe(2);
    await page.context().close();
  });
});

it('made no request to another origin', () => {
  expect(session.offsite).toEqual([]);
});

describe('hydration', () => {
  // Layout shifts (the browser's own account, as CLS sums them) from navigation until the island
  // has run and the page is quiet. The controls used to be inserted above the map and the strips
  // on hydration: 0.05 on the indicator page, 0.17 on compare at 360 px.
  for (const width of [360, 1280]) {
    for (const path of [INDICATOR, '/so-sanh/', '/en/compare/']) {
      it(`moves nothing on ${path} at ${width} px`, async () => {
        const page = await session.newPage({ width, height: 800 });
        await page.addInitScript(() => {
          const w = window as unknown as { shifts: number[] };
          w.shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.shifts.push(e.value);
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(new URL(path, session.server.url).href);
        await page.locator('figure.grapher[data-hydrated], .compare-picker[data-hydrated]').first().waitFor();
        await page.waitForLoadState('networkidle');
        // the controls work once hydrated
        expect(await page.locator('.controls button, .compare-picker input').first().isDisabled()).toBe(false);
        const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
        expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.005);
        await page.context().close();
      });
    }
  }

  for (const width of [360, 1280]) {
    it(`keeps the tabs where they are as the reader goes from tab to tab, at ${width} px`, async () => {
      // the controls above them changed with the tab (no period on the chart): at 360 px the tabs
      // jumped 79 px up under the finger that chose the chart, and back for the table
      const { page } = await open(INDICATOR, { width });
      const at = async (): Promise<number> => (await page.locator('[role="tablist"]').boundingBox())?.y ?? Number.NaN;
      const start = await at();
      for (const tab of ['chart', 'table', 'sources', 'map']) {
        await page.locator(`#indicator-view-tab-${tab}`).click();
        await page.waitForURL(new RegExp(`tab=${tab}`));
        expect(await at(), tab).toBe(start);
      }
      await page.context().close();
    });
  }

  it('shows, without JavaScript, none of the controls that only the islands can work', async () => {
    for (const path of [INDICATOR, '/so-sanh/']) {
      const page = await session.newPage({ width: 1280, height: 800, javaScriptEnabled: false });
      await page.goto(new URL(path, session.server.url).href);
      const controls = page.locator('figure.grapher .controls, figure.grapher [role="tablist"], .compare-picker, .picker');
      expect(await controls.count()).toBeGreaterThan(0);
      for (const control of await controls.all()) expect(await control.isVisible()).toBe(false);
      // what there is to read still is, every panel under its heading (the open one's too)
      expect(await page.locator('svg.map, .compare-strips svg').first().isVisible()).toBe(true);
      if (path === INDICATOR) {
        for (const heading of await page.locator('figure.grapher summary.panel-heading').all()) expect(await heading.isVisible()).toBe(true);
      }
      await page.context().close();
    }
  });
});
