/**
 * Benchmark of three built pages (home, an indicator, a province) in Debian's Chromium on
 * localhost: bytes transferred before any interaction (as served, and as a compressing host would
 * send them), whether any DuckDB-WASM file was fetched, and Lighthouse's default mobile run
 * (simulated throttling) for performance and accessibility.
 * Called by `npm run bench` (scripts/bench.ts); also runnable alone: node scripts/bench/pages.ts
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../lib/chromium.ts';
import { serveStatic } from '../server/static.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const FLAGS = [...CHROMIUM_FLAGS];

export const PAGES = [
  ['home', '/'],
  ['indicator', '/chi-so/dti_rank/'],
  ['province', '/tinh/vn63/01/'],
] as const;

export const TARGETS = {
  home_transfer_kb: '≤ 150 (compressed, as a static host sends it)',
  performance: '≥ 95',
  accessibility: '100',
  lcp_ms: '≤ 1500',
} as const;

// Hosts compress text; fonts, images and already-compressed files go out as they are.
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|atom\+xml)|image\/svg\+xml)/;

interface Fetched {
  url: string;
  type: string;
  /** bytes on the wire as Chromium counted them (headers + body; the server does not compress) */
  encoded: number;
  body: number;
  gzip: number;
  brotli: number;
}

export interface Transfer {
  viewport: string;
  requests: number;
  transferred_bytes: number;
  body_bytes: number;
  gzip_body_bytes: number;
  brotli_body_bytes: number;
  by_type: Record<string, { requests: number; body_bytes: number; gzip_body_bytes: number }>;
  largest: { url: string; body_bytes: number; gzip_body_bytes: number }[];
  /** URLs the server was asked for (worker requests included), relative to the site root */
  urls: string[];
  duckdb_requests: string[];
}

function kind(type: string, url: string): string {
  if (type.includes('html')) return 'html';
  if (type.includes('css')) return 'css';
  if (type.includes('javascript')) return 'js';
  if (type.includes('font') || url.endsWith('.woff2')) return 'font';
  if (type.includes('svg') || type.startsWith('image/')) return 'image';
  if (type.includes('json')) return 'json';
  return 'other';
}

// Loads one page in a fresh context (cold cache) and waits for the network to go quiet: what a
// visitor downloads before touching anything, islands that hydrate on sight included.
async function transfer(browser: Browser, base: string, path: string, served: string[], viewport: { width: number; height: number; mobile: boolean }): Promise<Transfer> {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    isMobile: viewport.mobile,
    deviceScaleFactor: viewport.mobile ? 1.75 : 1,
  });
  try {
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      return url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:' ? route.continue() : route.abort();
    });
    const page: Page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const byId = new Map<string, { url: string; type: string; encoded: number }>();
    cdp.on('Network.responseReceived', (event) => {
      byId.set(event.requestId, { url: event.response.url, type: event.response.mimeType, encoded: 0 });
    });
    cdp.on('Network.loadingFinished', (event) => {
      const entry = byId.get(event.requestId);
      if (entry) entry.encoded = event.encodedDataLength;
    });
    const bodies = new Map<string, Buffer>();
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      pending.push(
        response.body().then(
          (body) => void bodies.set(response.url(), body),
          () => undefined,
        ),
      );
    });
    served.length = 0;
    // 'load' before 'networkidle': on a large page the network can go idle while the parser still reads
    await page.goto(base + path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const fetched: Fetched[] = [];
    for (const entry of byId.values()) {
      if (!entry.url.startsWith(base)) continue;
      const body = bodies.get(entry.url) ?? Buffer.alloc(0);
      const compress = COMPRESSIBLE.test(entry.type);
      fetched.push({
        url: entry.url.slice(base.length),
        type: kind(entry.type, entry.url),
        encoded: entry.encoded,
        body: body.length,
        gzip: compress ? gzipSync(body, { level: 6 }).length : body.length,
        brotli: compress ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length : body.length,
      });
    }
    const sum = (list: Fetched[], key: 'encoded' | 'body' | 'gzip' | 'brotli'): number => list.reduce((s, f) => s + f[key], 0);
    const byType: Transfer['by_type'] = {};
    for (const f of fetched) {
      const t = (byType[f.type] ??= { requests: 0, body_bytes: 0, gzip_body_bytes: 0 });
      t.requests += 1;
      t.body_bytes += f.body;
      t.gzip_body_bytes += f.gzip;
    }
    const urls = [...new Set(served)];
    return {
      viewport: `${viewport.width}x${viewport.height}${viewport.mobile ? ' mobile' : ''}`,
      requests: fetched.length,
      transferred_bytes: sum(fetched, 'encoded'),
      body_bytes: sum(fetched, 'body'),
      gzip_body_bytes: sum(fetched, 'gzip'),
      brotli_body_bytes: sum(fetched, 'brotli'),
      by_type: byType,
      largest: [...fetched]
        .sort((a, b) => b.body - a.body)
        .slice(0, 5)
        .map((f) => ({ url: f.url, body_bytes: f.body, gzip_body_bytes: f.gzip })),
      urls,
      duckdb_requests: urls.filter((u) => u.includes('/duckdb/') || /duckdb-browser|\.wasm/.test(u)),
    };
  } finally {
    await context.close();
  }
}

export interface LighthouseResult {
  performance?: number;
  accessibility?: number;
  lcp_ms?: number;
  tbt_ms?: number;
  fcp_ms?: number;
  cls?: number;
  speed_index_ms?: number;
  /** failing or informative audits that explain a score below target */
  findings?: string[];
  error?: string;
}

const round = (n: number | null | undefined, digits = 0): number | undefined => (typeof n === 'number' ? Number(n.toFixed(digits)) : undefined);

type Details = { type?: string; items?: Record<string, unknown>[]; overallSavingsMs?: number; overallSavingsBytes?: number };
type Node = { selector?: string; snippet?: string; nodeLabel?: string; explanation?: string };

// What explains a score: opportunities with savings, failing accessibility audits with their first
// elements, the LCP element and its phases, layout-shift culprits and long tasks.
function findingsOf(lhr: { audits: Record<string, { score: number | null; title: string; displayValue?: string; details?: unknown }>; categories: Record<string, { auditRefs: { id: string; weight: number }[] } | undefined> }): string[] {
  const out: string[] = [];
  const node = (n: unknown): string => {
    const v = (n ?? {}) as Node;
    return `${v.selector ?? v.snippet ?? '?'}${v.nodeLabel ? ` ("${v.nodeLabel.slice(0, 40)}")` : ''}`;
  };
  for (const [id, a] of Object.entries(lhr.audits)) {
    const d = (a.details ?? {}) as Details;
    if (d.type === 'opportunity' && ((d.overallSavingsMs ?? 0) > 0 || (d.overallSavingsBytes ?? 0) > 0)) {
      const urls = (d.items ?? []).slice(0, 3).map((i) => String(i.url ?? '').replace(/^https?:\/\/[^/]+/, ''));
      out.push(`${id}: ${a.displayValue ?? ''} [${urls.join(', ')}]`);
    }
  }
  const a11y = lhr.categories.accessibility?.auditRefs ?? [];
  for (const ref of a11y) {
    const a = lhr.audits[ref.id];
    if (!a || ref.weight === 0 || a.score === null || a.score >= 1) continue;
    const items = ((a.details ?? {}) as Details).items ?? [];
    const first = items[0]?.node as Node | undefined;
    const why = first?.explanation?.split('\n')[1]?.trim() ?? '';
    out.push(`accessibility ${ref.id} (${items.length} elements): ${items.slice(0, 3).map((i) => node(i.node)).join('; ')}${why ? ` — ${why}` : ''}`);
  }
  const lcp = ((lhr.audits['largest-contentful-paint-element']?.details ?? {}) as Details).items ?? [];
  const lcpNode = ((lcp[0] as Details | undefined)?.items?.[0] as { node?: unknown } | undefined)?.node;
  const phases = ((lcp[1] as Details | undefined)?.items ?? []).map((p) => `${String(p.phase)} ${Math.round(Number(p.timing))} ms`);
  if (lcpNode) out.push(`lcp element ${node(lcpNode)}: ${phases.join(', ')}`);
  for (const item of ((lhr.audits['layout-shifts']?.details ?? {}) as Details).items ?? []) out.push(`layout shift ${Number(item.score).toFixed(3)}: ${node(item.node)}`);
  for (const item of (((lhr.audits['long-tasks']?.details ?? {}) as Details).items ?? []).slice(0, 3)) out.push(`long task ${Math.round(Number(item.duration))} ms: ${String(item.url).replace(/^https?:\/\/[^/]+/, '')}`);
  const dom = lhr.audits['dom-size'];
  if (dom?.displayValue) out.push(`dom-size: ${dom.displayValue}`);
  return out;
}

// One Lighthouse run with its default config: mobile form factor, simulated (Lantern) throttling.
async function runLighthouse(url: string): Promise<LighthouseResult> {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    if (!result) return { error: 'lighthouse returned no result' };
    const lhr = result.lhr;
    if (lhr.runtimeError) return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
    const audit = (id: string): number | undefined => lhr.audits[id]?.numericValue;
    const score = (name: string): number | undefined => {
      const s = lhr.categories[name]?.score;
      return typeof s === 'number' ? Math.round(s * 100) : undefined;
    };
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      lcp_ms: round(audit('largest-contentful-paint')),
      tbt_ms: round(audit('total-blocking-time')),
      fcp_ms: round(audit('first-contentful-paint')),
      cls: round(audit('cumulative-layout-shift'), 3),
      speed_index_ms: round(audit('speed-index')),
      findings: findingsOf(lhr),
    };
  } catch (error) {
    return { error: (error as Error).message };
  } finally {
    chrome.kill();
  }
}

/**
 * A gzip-compressing front for the static server, as a real static host is (Cloudflare Pages,
 * GitHub Pages): Lighthouse's simulated 4G makes an uncompressed 250 KB document cost over a
 * second, which no visitor would pay.
 */
function compressingProxy(upstream: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    void (async () => {
      const response = await fetch(upstream + (req.url ?? '/'), { headers: req.headers.range ? { range: req.headers.range } : {} });
      const body = Buffer.from(await response.arrayBuffer());
      const type = response.headers.get('content-type') ?? 'application/octet-stream';
      const headers: Record<string, string> = { 'content-type': type, 'cache-control': response.headers.get('cache-control') ?? 'no-cache', vary: 'accept-encoding' };
      const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && response.status === 200;
      const out = gzip ? gzipSync(body, { level: 6 }) : body;
      if (gzip) headers['content-encoding'] = 'gzip';
      const range = response.headers.get('content-range');
      if (range) headers['content-range'] = range;
      res.writeHead(response.status, { ...headers, 'content-length': String(out.length) });
      res.end(req.method === 'HEAD' ? undefined : out);
    })().catch((error: unknown) => res.writeHead(502).end(String(error)));
  });
  return new Promise((done, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ url: `http://127.0.0.1:${port}`, close: () => new Promise((closed) => server.close(() => closed())) });
    });
  });
}

// Each Lighthouse number beside its target, with "MISSED" where it falls short.
function withTargets(r: LighthouseResult): LighthouseResult & { verdict?: string[] } {
  if (r.error) return r;
  const verdict = [
    `performance ${r.performance} (target ${TARGETS.performance}): ${(r.performance ?? 0) >= 95 ? 'met' : 'MISSED'}`,
    `accessibility ${r.accessibility} (target ${TARGETS.accessibility}): ${r.accessibility === 100 ? 'met' : 'MISSED'}`,
    `lcp ${r.lcp_ms} ms (target ${TARGETS.lcp_ms}): ${(r.lcp_ms ?? Infinity) <= 1500 ? 'met' : 'MISSED'}`,
  ];
  return { verdict, ...r };
}

function newestUnder(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((m, e) => Math.max(m, newestUnder(join(path, e))), 0);
}

// The run with the median LCP of several (Lighthouse varies by tens of ms from run to run).
async function medianLighthouse(url: string, runs: number): Promise<LighthouseResult> {
  const results: LighthouseResult[] = [];
  for (let i = 0; i < runs; i++) results.push(await runLighthouse(url));
  const ok = results.filter((r) => !r.error).sort((a, b) => (a.lcp_ms ?? 0) - (b.lcp_ms ?? 0));
  const median = ok[(ok.length - 1) >> 1];
  if (!median) return results[0] ?? { error: 'no lighthouse run' };
  const failed = results.filter((r) => r.error).map((r) => `a run failed: ${r.error}`);
  return runs > 1 ? { ...median, findings: [`median of ${ok.length} runs by LCP (${ok.map((r) => r.lcp_ms).join(', ')} ms)`, ...failed, ...(median.findings ?? [])] } : median;
}

/**
 * Runs the pages benchmark on dist/; bytes, Lighthouse scores (0–100) and times in ms.
 * `lighthouseRuns` (default $LIGHTHOUSE_RUNS or 1) runs per page and server; the median is kept.
 */
export async function benchPages(options: { lighthouseRuns?: number } = {}): Promise<Record<string, unknown>> {
  const runs = Math.max(1, options.lighthouseRuns ?? Number(process.env.LIGHTHOUSE_RUNS ?? 1));
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('pages bench needs the built site: run "npm run build" first (dist/index.html is missing)');
  if (!existsSync(CHROMIUM)) throw new Error(`pages bench needs Chromium at ${CHROMIUM} (sudo apt-get install -y chromium, or set CHROMIUM_PATH)`);
  // Measure what is built, but say so when the sources moved on since.
  const built = statSync(join(DIST, 'index.html')).mtimeMs;
  if (newestUnder(join(ROOT, 'src')) > built || newestUnder(join(ROOT, 'data')) > built) process.stderr.write('bench pages: warning: src/ or data/ is newer than dist/; run "npm run build" for current numbers\n');
  const server = await serveStatic(DIST);
  const served: string[] = [];
  server.server.on('request', (request) => served.push(request.url ?? ''));
  const results: Record<string, unknown> = {};
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
    const transfers: Record<string, { mobile: Transfer; desktop: Transfer }> = {};
    try {
      for (const [name, path] of PAGES) {
        transfers[name] = {
          // Lighthouse's mobile screen (Moto G Power), then a desktop one where more islands are in view.
          mobile: await transfer(browser, server.url, path, served, { width: 412, height: 823, mobile: true }),
          desktop: await transfer(browser, server.url, path, served, { width: 1350, height: 940, mobile: false }),
        };
      }
    } finally {
      await browser.close();
    }
    const gzipFront = await compressingProxy(server.url);
    try {
      for (const [name, path] of PAGES) {
        process.stderr.write(`bench pages: lighthouse ${path}…\n`);
        const lh = await medianLighthouse(server.url + path, runs);
        const lhGzip = await medianLighthouse(gzipFront.url + path, runs);
        const t = transfers[name] as { mobile: Transfer; desktop: Transfer };
        // The larger of the two screens: more islands may hydrate on a tall desktop window.
        const worst = t.desktop.gzip_body_bytes > t.mobile.gzip_body_bytes ? t.desktop : t.mobile;
        const kb = (bytes: number): number => Math.round(bytes / 102.4) / 10;
        results[name] = {
          path,
          requests: worst.requests,
          transfer_kb_as_served: kb(worst.transferred_bytes),
          transfer_kb_gzip: kb(worst.gzip_body_bytes),
          transfer_kb_brotli: kb(worst.brotli_body_bytes),
          ...(name === 'home' ? { transfer_target: `gzip ${TARGETS.home_transfer_kb} KB: ${kb(worst.gzip_body_bytes) <= 150 ? 'met' : 'MISSED'}` } : {}),
          duckdb_fetched: t.mobile.duckdb_requests.length + t.desktop.duckdb_requests.length > 0,
          lighthouse_mobile: withTargets(lh),
          lighthouse_mobile_gzip: withTargets(lhGzip),
          transfer: t,
        };
      }
    } finally {
      await gzipFront.close();
    }
  } finally {
    await server.close();
  }
  results.targets = TARGETS;
  return results;
}

if (import.meta.main) {
  const result = await benchPages();
  console.log(JSON.stringify(result, null, 2));
}
