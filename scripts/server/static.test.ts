import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFile, SECURITY_HEADERS } from './headers.ts';
import { requestPath, serveStatic, type StaticServer } from './static.ts';

const root = mkdtempSync(join(tmpdir(), 'static-'));
let server: StaticServer;
beforeAll(async () => {
  writeFileSync(join(root, 'index.html'), '<!doctype html><p>xin chào</p>'.repeat(50));
  writeFileSync(join(root, 'egov.duckdb'), Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256)));
  writeFileSync(join(root, '404.html'), '<p>Không tìm thấy trang</p>');
  mkdirSync(join(root, 'en'));
  writeFileSync(join(root, 'en/404.html'), '<p>Page not found</p>');
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

/** A raw request (fetch would normalise the path), answering status, headers and body. */
function raw(method: string, path: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((done, fail) => {
    request(`${server.url}${path}`, { method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    }).on('error', fail).end();
  });
}

describe('serveStatic under hostile requests', () => {
  it('answers 400 to malformed percent-escapes and keeps serving', async () => {
    for (const bad of ['/%zz', '/%', '/%E0%A4%A', '/a%00b']) {
      const res = await raw('GET', bad);
      expect(res.status, bad).toBe(400);
      expect(res.body).toContain('malformed');
    }
    expect((await raw('GET', '/index.html')).status).toBe(200);
  });

  it('allows only GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const res = await raw(method, '/index.html');
      expect(res.status, method).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD');
    }
    const head = await raw('HEAD', '/index.html');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('serves the 404 page of the language of the path', async () => {
    const vi = await raw('GET', '/khong-co/');
    expect(vi.status).toBe(404);
    expect(vi.body).toContain('Không tìm thấy');
    const en = await raw('GET', '/en/nothing-here/');
    expect(en.status).toBe(404);
    expect(en.body).toContain('Page not found');
  });

  it('sends the declared security headers on every answer, and writes the same into _headers', async () => {
    for (const path of ['/index.html', '/nope', '/%zz']) {
      const res = await raw('GET', path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers[name], `${path} ${name}`).toBe(value);
    }
    expect(SECURITY_HEADERS['content-security-policy']).toContain('frame-ancestors *');
    const file = headersFile();
    expect(file.split('\n')[0]).toBe('/*');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(file).toContain(`  ${name}: ${value}\n`);
  });

  it('reads the path without its query and refuses NUL', () => {
    expect(requestPath('/a%20b/?embed=1')).toBe('/a b/');
    expect(requestPath('/%00')).toBeNull();
    expect(requestPath('/%C3%28')).toBeNull();
  });
});
