import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SECURITY_HEADERS } from './headers.ts';
import { cacheControl } from './cache.ts';
import { precompressed } from './encoding.ts';

/** Content types the built site uses; anything else is served as bytes. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/atom+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.duckdb': 'application/octet-stream',
  '.gz': 'application/octet-stream',
  '.br': 'application/octet-stream',
};

// Text and the database are sent gzipped when the browser accepts it and asks for the whole file
// (a Range response never is); the engine's wasm is stored gzipped and sent as such (encoding.ts).
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.csv', '.xml', '.txt', '.duckdb']);
const gzipCache = new Map<string, { mtimeMs: number; body: Buffer }>();

function gzipped(path: string, mtimeMs: number): Buffer {
  const hit = gzipCache.get(path);
  if (hit && hit.mtimeMs === mtimeMs) return hit.body;
  const body = gzipSync(readFileSync(path), { level: 6 });
  gzipCache.set(path, { mtimeMs, body });
  return body;
}

/** Only these methods: the site is read-only. */
const ALLOWED = 'GET, HEAD';

function plain(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': TYPES['.txt'], ...extra }).end(`${text}\n`);
}

/** The site path a request names, or null when its percent-escapes are malformed or it names a NUL. */
export function requestPath(rawUrl: string): string | null {
  const pathname = rawUrl.split(/[?#]/, 1)[0] || '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  return decoded.includes('\0') ? null : decoded;
}

/** The language-appropriate 404 page: `/en/…` gets the English one. */
function notFoundPage(base: string, sitePath: string): string | null {
  const english = sitePath === '/en' || sitePath.startsWith('/en/');
  const candidates = english ? ['en/404.html', 'en/404/index.html', '404.html'] : ['404.html'];
  for (const c of candidates) if (existsSync(join(base, c))) return join(base, c);
  return null;
}

/** Pipes a file into the response; a read error (file removed meanwhile) ends that response only. */
function stream(path: string, res: ServerResponse, range?: { start: number; end: number }): void {
  createReadStream(path, range).on('error', () => res.destroy()).pipe(res);
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

function handle(base: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    plain(res, 405, 'method not allowed', { allow: ALLOWED });
    return;
  }
  const sitePath = requestPath(req.url ?? '/');
  if (sitePath === null) {
    plain(res, 400, 'bad request: malformed percent-escape in the address');
    return;
  }
  let path = normalize(join(base, sitePath));
  if (path !== base && !path.startsWith(base + sep)) {
    plain(res, 403, 'forbidden');
    return;
  }
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!isFile(path)) {
    const notFound = notFoundPage(base, sitePath);
    res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': TYPES['.html'] });
    if (notFound && req.method !== 'HEAD') stream(notFound, res);
    else res.end(notFound ? undefined : 'not found');
    return;
  }
  const { size, mtimeMs } = statSync(path);
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  const headers: Record<string, string | number> = {
    ...SECURITY_HEADERS,
    'content-type': type,
    'accept-ranges': 'bytes',
    'cache-control': cacheControl(sitePath),
  };
  // Stored gzipped, sent as what it is (the browser inflates it): whole, as a static host would.
  const stored = precompressed(sitePath);
  if (stored) {
    res.writeHead(200, { ...headers, 'content-type': stored.contentType, 'content-encoding': stored.contentEncoding, 'content-length': size });
    if (req.method === 'HEAD') res.end();
    else stream(path, res);
    return;
  }
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  if (range) {
    const start = range[1] === '' ? Math.max(0, size - Number(range[2])) : Number(range[1]);
    const end = range[1] !== '' && range[2] !== '' ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start > end || start >= size) {
      res.writeHead(416, { ...SECURITY_HEADERS, 'content-range': `bytes */${size}` }).end();
      return;
    }
    res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': end - start + 1 });
    if (req.method === 'HEAD') res.end();
    else stream(path, res, { start, end });
    return;
  }
  if (COMPRESSIBLE.has(extname(path)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    const body = gzipped(path, mtimeMs);
    res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding', 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': size });
  if (req.method === 'HEAD') res.end();
  else stream(path, res);
}

export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves a built site from `root` on 127.0.0.1, as a plain static host would (no rewriting but
 * `dir/` → `dir/index.html`, gzip for text). Supports Range requests, which DuckDB-WASM uses to
 * read an attached database over HTTP. Only GET and HEAD (405 otherwise); a malformed address is
 * a 400; a missing file gets the built 404 page of its language. Sends SECURITY_HEADERS always.
 */
export function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    try {
      handle(base, req, res);
    } catch (error) {
      // one bad request never takes the server down
      if (res.headersSent) res.destroy();
      else plain(res, 500, `internal error: ${(error as Error).message}`);
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://127.0.0.1:${actual}`,
        server,
        // open connections too (a browser's keep-alive, a Range read in flight): close() alone
        // waits for them, and a test that leaves its page open would wait for good
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
