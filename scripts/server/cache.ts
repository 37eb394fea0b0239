/**
 * How long browsers may keep each file, declared once: the project's static server sends it
 * (scripts/server/static.ts) and the build writes the same rules for static hosts (dist/_headers,
 * scripts/server/static-host-files.ts). Files whose name carries a hash of their content (Astro's bundles,
 * the engine files of src/lib/engine-assets.ts) never change under that name: a year, immutable,
 * so a second visit asks nothing. Everything else is revalidated on each use.
 */

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Path patterns (`*` = any characters) of content-hashed files, in the `_headers` syntax of static hosts. */
export const IMMUTABLE_PATHS = ['/_astro/*', '/duckdb/duckdb-*'] as const;

const MATCHERS = IMMUTABLE_PATHS.map((glob) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`));

/** The Cache-Control value for a URL path (under the site root, no base path). */
export function cacheControl(pathname: string): string {
  return MATCHERS.some((re) => re.test(pathname)) ? IMMUTABLE : REVALIDATE;
}

/** The cache rules in the `_headers` format of static hosts (Cloudflare Pages, Netlify). */
export function cacheHeadersFile(): string {
  return IMMUTABLE_PATHS.map((path) => `${path}\n  Cache-Control: ${IMMUTABLE}\n`).join('\n');
}
