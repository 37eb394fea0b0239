import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/server/static.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/lib/chromium.ts';

export { CHROMIUM };
export const DIST = resolve(import.meta.dirname, '../../dist');


/** Fails with the install instruction, rather than a stack trace, when Chromium is absent. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `browser tests need Chromium at ${CHROMIUM}: install it with "sudo apt-get install -y chromium" (Debian/Ubuntu), or set CHROMIUM_PATH`,
    );
  }
  if (!existsSync(resolve(DIST, 'index.html'))) {
    throw new Error('browser tests need the built site in dist/: run "npm run build" first');
  }
}

export interface Session {
  browser: Browser;
  server: StaticServer;
  /** every request that tried to leave localhost, across all contexts */
  offsite: string[];
  /** `bypassCSP` only to inject test tools (axe-core) that the site's own policy rightly refuses */
  newPage(options?: { javaScriptEnabled?: boolean; width?: number; height?: number; bypassCSP?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

/** Starts the static server on dist/ and Chromium; any request to another origin is aborted and recorded. */
export async function startSession(): Promise<Session> {
  requireChromium();
  const server = await serveStatic(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS], headless: true });
  const offsite: string[] = [];
  const contexts: BrowserContext[] = [];
  return {
    browser,
    server,
    offsite,
    async newPage(options = {}): Promise<Page> {
      const context = await browser.newContext({
        javaScriptEnabled: options.javaScriptEnabled ?? true,
        bypassCSP: options.bypassCSP ?? false,
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      });
      contexts.push(context);
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
        if (local || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
        offsite.push(url.href);
        return route.abort();
      });
      return context.newPage();
    },
    async close(): Promise<void> {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await server.close();
    },
  };
}
