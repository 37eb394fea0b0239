import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_FLAGS } from './lib/chromium.ts';
import { serveStatic } from '../src/server/static.ts';
import { meter } from './bench/meter.ts';
const server = await serveStatic('dist');
const m = meter(server.server);
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/h12/prof-'), { executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS] });
for (let v = 0; v < 2; v++) {
const page = await ctx.newPage();
page.on('console', (msg) => console.log('console', msg.text()));
await page.addInitScript(() => {
  const log: string[] = []; (window as any).__log = log;
  new MutationObserver(() => { const e = document.querySelector('.explore'); if (e) { const p = e.getAttribute('data-phase'); if (log.at(-1)?.split(' ')[0] !== p) log.push(`${p} ${Math.round(performance.now())}`); } }).observe(document, { subtree: true, attributes: true, childList: true });
});
m.reset();
await page.goto(`${server.url}/explore/?q=${encodeURIComponent('SELECT count(*) AS n FROM observations')}`);
await page.locator('[data-testid=row-count]:not(:has([data-testid=precomputed]))').waitFor({ timeout: 60000 });
console.log(await page.evaluate(() => (window as any).__log.join(' | ') + ' done ' + Math.round(performance.now()) + ' marks ' + performance.getEntriesByType('mark').map((m) => m.name.split(':')[1] + ' ' + Math.round(m.startTime)).join(' ')));
console.log(m.served.map((s) => `${s.url.slice(0, 50)} a${s.arrived} f${s.finished}`).join('\n'));
const entries = await page.evaluate(() => performance.getEntriesByType('resource').map((e: any) => `${e.name.slice(-50)} start ${Math.round(e.startTime)} end ${Math.round(e.responseEnd)}`));
console.log(entries.join('\n'));
}
await ctx.close(); await server.close();
