import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assetName } from '../../src/lib/engine-assets.ts';
import { IMMUTABLE, REVALIDATE, cacheControl, cacheHeadersFile } from './cache.ts';
import { serveStatic } from './static.ts';

const HASH = '0123456789abcdef';

describe('cacheControl', () => {
  it('lets browsers keep content-hashed files for a year and revalidates everything else', () => {
    for (const path of [`/duckdb/${assetName.worker(HASH)}`, `/duckdb/${assetName.gzip(HASH)}`, '/_astro/engine.Bx3_a9.js']) {
      expect(cacheControl(path), path).toBe(IMMUTABLE);
    }
    for (const path of ['/', '/explore/', '/data/egov.duckdb', '/duckdb/manifest.json', '/index.html', '/x/_astro/a.js']) expect(cacheControl(path), path).toBe(REVALIDATE);
  });

  it('writes the same rules for static hosts', () => {
    expect(cacheHeadersFile()).toBe(`/_astro/*\n  Cache-Control: ${IMMUTABLE}\n\n/duckdb/duckdb-*\n  Cache-Control: ${IMMUTABLE}\n`);
  });
});

describe('the static server', () => {
  const root = mkdtempSync(join(tmpdir(), 'cache-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('sends those rules, on whole and on Range responses, and never gzips a Range response', async () => {
    mkdirSync(join(root, 'duckdb'));
    mkdirSync(join(root, 'data'));
    writeFileSync(join(root, 'duckdb', assetName.worker(HASH)), 'self.onmessage = () => {};\n'.repeat(50));
    writeFileSync(join(root, 'data', 'egov.duckdb'), Buffer.alloc(40_000, 7));
    writeFileSync(join(root, 'index.html'), '<!doctype html><p>hi</p>');
    const server = await serveStatic(root);
    try {
      const worker = await fetch(`${server.url}/duckdb/${assetName.worker(HASH)}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(worker.headers.get('cache-control')).toBe(IMMUTABLE);
      expect(worker.headers.get('content-encoding')).toBe('gzip');
      expect((await fetch(`${server.url}/`)).headers.get('cache-control')).toBe(REVALIDATE);
      const range = await fetch(`${server.url}/data/egov.duckdb`, { headers: { range: 'bytes=100-16483', 'accept-encoding': 'gzip' } });
      expect(range.status).toBe(206);
      expect(range.headers.get('content-encoding')).toBeNull();
      expect(range.headers.get('cache-control')).toBe(REVALIDATE);
      expect((await range.arrayBuffer()).byteLength).toBe(16384);
      const js = await fetch(`${server.url}/duckdb/${assetName.worker(HASH)}`, { headers: { range: 'bytes=0-9', 'accept-encoding': 'gzip' } });
      expect(js.status).toBe(206);
      expect(js.headers.get('content-encoding')).toBeNull();
      expect(await js.text()).toBe('self.onmes');
    } finally {
      await server.close();
    }
  });
});
