/**
 * Files stored compressed and sent as what they contain, declared once: the static server sends
 * these headers (scripts/server/static.ts) and the build writes the same rules into `dist/_headers`
 * for static hosts (scripts/server/static-host-files.ts).
 *
 * The engine's wasm is ~34 MB raw, over the 25 MiB a static host accepts per file, so the build
 * stores it gzipped (scripts/build-duckdb-assets.ts). Sent with `Content-Encoding: gzip` and type
 * application/wasm, the browser inflates it as it arrives and WebAssembly.compileStreaming reads
 * it from the file's own URL, which is what lets V8 keep the compiled code in the HTTP cache's
 * entry for the next visit (a wasm built from bytes in the page, or from a blob: URL, never is).
 * A host that ignores the rule sends the gzip bytes; the page then inflates them itself.
 */

export interface Precompressed {
  /** path pattern, `*` = any characters, in the `_headers` syntax */
  path: string;
  contentType: string;
  contentEncoding: 'gzip';
}

export const PRECOMPRESSED: readonly Precompressed[] = [{ path: '/duckdb/*.wasm.gz', contentType: 'application/wasm', contentEncoding: 'gzip' }];

const MATCHERS = PRECOMPRESSED.map((rule) => ({ rule, re: new RegExp(`^${rule.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*')}$`) }));

/** The rule for a URL path (under the site root, no base path), if the file there is stored compressed. */
export function precompressed(pathname: string): Precompressed | null {
  return MATCHERS.find(({ re }) => re.test(pathname))?.rule ?? null;
}

/** The rules in the `_headers` format of static hosts (Cloudflare Pages, Netlify). */
export function encodingHeadersFile(): string {
  return PRECOMPRESSED.map((rule) => `${rule.path}\n  Content-Type: ${rule.contentType}\n  Content-Encoding: ${rule.contentEncoding}\n`).join('\n');
}
