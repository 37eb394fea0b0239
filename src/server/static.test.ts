import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from './static.ts';

const root = mkdtempSync(join(tmpdir(), 'static-'));
let server: StaticServer;
beforeAll(async () => {
  writeFileSync(join(root, 'index.html'), '<!doctype html><p>xin chào</p>'.repeat(50));
  writeFileSync(join(root, 'egov.duckdb'), Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256)));
  server = await serveStatic(root);
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('serveStatic', () => {
  it('gzips text when the browser accepts it, and only then', async () => {
    const zipped = await fetch(`${server.url}/`, { headers: { 'accept-encoding': 'gzip' } });
    // fetch decompresses transparently; the header tells what travelled
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(await zipped.text()).toContain('xin chào');
    const plain = await fetch(`${server.url}/index.html`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Number(plain.headers.get('content-length'))).toBe(Buffer.byteLength('<!doctype html><p>xin chào</p>'.repeat(50)));
  });

  it('serves byte ranges of binary files unchanged (DuckDB reads the database this way)', async () => {
    const res = await fetch(`${server.url}/egov.duckdb`, { headers: { range: 'bytes=10-19', 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 10-19/1000');
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });

  it('refuses paths outside the root and answers 404 for missing files', async () => {
    expect((await fetch(`${server.url}/../../etc/passwd`)).status).not.toBe(200);
    expect((await fetch(`${server.url}/nope.html`)).status).toBe(404);
  });

  it('sends a gzip body that is the file', async () => {
    const { request } = await import('node:http');
    const body = await new Promise<Buffer>((done, fail) => {
      request(`${server.url}/index.html`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(Buffer.concat(chunks)));
      }).on('error', fail).end();
    });
    expect(gunzipSync(body).toString('utf8')).toBe('<!doctype html><p>xin chào</p>'.repeat(50));
  });
});
