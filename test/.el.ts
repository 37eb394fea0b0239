import { chromium } from 'playwright-core';
import { serveStatic } from '../src/server/static.ts';
const [, , path, sel, out, width] = process.argv;
const server = await serveStatic('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
const page = await browser.newPage({ viewport: { width: Number(width ?? 1280), height: 900 } });
await page.goto(new URL(path!, server.url).href);
await page.locator(sel!).first().screenshot({ path: out! });
await browser.close(); await server.close();
