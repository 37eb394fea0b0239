import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { assetName } from '../../src/lib/engine-assets.ts';
import { encodingHeadersFile, precompressed } from './encoding.ts';
import { IMMUTABLE } from './cache.ts';
import { serveStatic } from './static.ts';

const WASM_PATH = `/duckdb/${assetName.gzip('0123456789abcdef')}`;

describe('precompressed', () => {
  it('names the stored-gzipped wasm only', () => {
    expect(precompressed(WASM_PATH)).toEqual({ path: '/duckdb/*.wasm.gz', contentType: 'application/wasm', contentEncoding: 'gzip' });
    for (const path of ['/duckdb/manifest.json', '/data/egov.duckdb', '/duckdb/sub/x.wasm.gz', '/x.wasm.gz']) expect(precompressed(path), path).toBeNull();
  });

  it('writes the same rule for static hosts', () => {
    expect(encodingHeadersFile()).toBe('/duckdb/*.wasm.gz\n  Content-Type: application/wasm\n  Content-Encoding: gzip\n');
  });
});

describe('the static server', () => {
  const root = mkdtempSync(join(tmpdir(), 'encoding-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('sends the stored gzip as wasm with Content-Encoding: gzip, whole, so fetch hands over the wasm itself', async () => {
    mkdirSync(join(root, 'duckdb'));
    const wasm = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
    const stored = gzipSync(wasm);
    writeFileSync(join(root, WASM_PATH), stored);
    const server = await serveStatic(root);
    try {
      for (const headers of [{}, { range: 'bytes=0-3' }] as Record<string, string>[]) {
        const res = await fetch(`${server.url}${WASM_PATH}`, { headers });
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('application/wasm');
        expect(res.headers.get('content-encoding')).toBe('gzip');
        expect(res.headers.get('cache-control')).toBe(IMMUTABLE);
        expect(Number(res.headers.get('content-length'))).toBe(stored.length);
        expect(new Uint8Array(await res.arrayBuffer())).toEqual(wasm);
      }
      expect(await WebAssembly.compileStreaming(fetch(`${server.url}${WASM_PATH}`))).toBeInstanceOf(WebAssembly.Module);
    } finally {
      await server.close();
    }
  });
});
