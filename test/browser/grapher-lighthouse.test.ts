/** Lighthouse accessibility on the indicator view (every tab) and compare: 100, with the failing audits named when not. */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/server/static.ts';
import { CHROMIUM, DIST, requireChromium } from './harness.ts';

let server: StaticServer;
beforeAll(async () => {
  requireChromium();
  server = await serveStatic(DIST);
});
afterAll(async () => {
  await server?.close();
});

async function accessibility(path: string): Promise<{ score: number | null; failing: string[] }> {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: [...CHROMIUM_FLAGS], logLevel: 'silent' });
  try {
    const result = await lighthouse(new URL(path, server.url).href, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['accessibility'] });
    const lhr = result?.lhr;
    if (!lhr) return { score: null, failing: ['no result'] };
    const refs = lhr.categories.accessibility?.auditRefs ?? [];
    const failing = refs.filter((r) => r.weight > 0 && lhr.audits[r.id]?.score !== null && (lhr.audits[r.id]?.score ?? 1) < 1).map((r) => r.id);
    return { score: Math.round((lhr.categories.accessibility?.score ?? 0) * 100), failing };
  } finally {
    await chrome.kill();
  }
}

describe('Lighthouse accessibility', () => {
  for (const path of ['/chi-so/dti_rank/', '/chi-so/dti_rank/?tab=chart', '/chi-so/dti_rank/?tab=table', '/en/indicators/dti_rank/?tab=sources', '/so-sanh/']) {
    it(`${path}: 100`, async () => {
      const { score, failing } = await accessibility(path);
      expect(failing).toEqual([]);
      expect(score).toBe(100);
    });
  }
});
