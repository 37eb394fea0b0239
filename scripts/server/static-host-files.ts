import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cacheHeadersFile } from './cache.ts';
import { encodingHeadersFile } from './encoding.ts';
import { headersFile } from './headers.ts';
import { MOVED } from '../../src/i18n/routes.ts';

/**
 * Astro integration for static hosts, after the build: `dist/_headers` (the security headers of
 * scripts/server/headers.ts, the cache rules of scripts/server/cache.ts and the stored-gzipped wasm's type and
 * encoding of scripts/server/encoding.ts), the English 404 page at `dist/en/404.html` (where Cloudflare Pages looks
 * for the nearest 404 page; Astro writes `en/404/index.html`), and `dist/_redirects` sending the
 * missing `/en/…` paths to it with status 404 (Netlify). The root `404.html` is every host's default.
 * Moved addresses (src/i18n/routes.ts MOVED) are permanent redirects there, listed first (first match wins).
 */
export function staticHostFiles(): AstroIntegration {
  return {
    name: 'static-host-files',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        // one file for all rule sets: the security headers on every path, the cache rules, the wasm's encoding
        writeFileSync(join(dist, '_headers'), `${headersFile()}\n${cacheHeadersFile()}\n${encodingHeadersFile()}`);
        const built = join(dist, 'en/404/index.html');
        if (existsSync(built)) {
          mkdirSync(dirname(join(dist, 'en/404.html')), { recursive: true });
          renameSync(built, join(dist, 'en/404.html'));
          rmSync(join(dist, 'en/404'), { recursive: true, force: true });
        }
        writeFileSync(join(dist, '_redirects'), redirectsFile());
      },
    },
  };
}

/** Netlify / Cloudflare Pages `_redirects`: the moved addresses (with and without the slash), then the English 404. */
export function redirectsFile(): string {
  const moved = Object.entries(MOVED).flatMap(([from, to]) => [`${from.replace(/\/$/, '')}  ${to}  301`, `${from}  ${to}  301`]);
  return [...moved, '/en/*  /en/404.html  404'].join('\n') + '\n';
}
