import { startSession } from './harness.ts';
const s = await startSession();
const page = await s.newPage({ width: 1280 });
const errors: string[] = [];
page.on('pageerror', (e) => errors.push(e.message));
page.on('console', (m) => { if (m.type() === 'error') errors.push('console: ' + m.text()); });
const path = process.argv[2] ?? '/';
await page.goto(new URL(path, s.server.url).href);
await page.locator('#home-map, figure.grapher').first().scrollIntoViewIfNeeded().catch(() => undefined); await page.waitForTimeout(3000);
const info = await page.evaluate(() => ({
  grapher: document.querySelectorAll('figure.grapher').length,
  controls: document.querySelectorAll('figure.grapher .controls').length,
  tablist: document.querySelectorAll('figure.grapher [role="tablist"]').length,
  paths: document.querySelectorAll('svg.map path[data-code]').length,
  homeMap: document.querySelector('#home-map')?.outerHTML.slice(0, 600),
  caption: document.querySelector('figure.grapher figcaption')?.textContent,
}));
console.log(JSON.stringify(info, null, 1), errors);
await page.screenshot({ path: '/tmp/dbg/shot.png' });
await s.close();
