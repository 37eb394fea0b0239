/**
 * Lighthouse's accessibility category on a page of the built site, in Debian's Chromium: the score
 * and, when below 100, the failing audits with their first elements (so a failure says what to fix).
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/lib/chromium.ts';

export interface Accessibility {
  score: number;
  failing: string[];
}

type Audit = { score: number | null; details?: { items?: { node?: { selector?: string; snippet?: string } }[] } };

/** Runs Lighthouse (accessibility only) on each URL, one Chromium for all; mobile form factor by default. */
export async function lighthouseAccessibility(urls: readonly string[], formFactor: 'mobile' | 'desktop' = 'mobile'): Promise<Map<string, Accessibility>> {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: [...CHROMIUM_FLAGS] });
  const out = new Map<string, Accessibility>();
  try {
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['accessibility'], formFactor,
        screenEmulation: formFactor === 'desktop' ? { mobile: false, width: 1280, height: 900, deviceScaleFactor: 1, disabled: false } : undefined,
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`lighthouse returned nothing for ${url}`);
      const category = lhr.categories.accessibility;
      const failing: string[] = [];
      for (const ref of category?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id] as Audit | undefined;
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
        const nodes = (audit.details?.items ?? []).slice(0, 3).map((i) => i.node?.selector ?? i.node?.snippet ?? '?');
        failing.push(`${ref.id}: ${nodes.join('; ')}`);
      }
      out.set(url, { score: Math.round((category?.score ?? 0) * 100), failing });
    }
  } finally {
    chrome.kill();
  }
  return out;
}
