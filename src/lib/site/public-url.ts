/**
 * The public address of a page, from the configured site URL (Astro `site`, astro.config.mjs):
 * what a printed brief, a feed or a download names, never the address the build ran on.
 */

/**
 * @param site Astro's `site` (a URL, or undefined when none is configured)
 * @param pathname the page's path, e.g. "/tinh/vn63/27/"
 * @returns the absolute URL
 */
export function publicUrl(site: URL | string | undefined, pathname: string): string {
  if (!site) throw new Error('no site URL configured: set `site` in astro.config.mjs (or SITE_URL)');
  return new URL(pathname, site).href;
}

/** The site's origin and base path without a trailing slash, e.g. "https://example.org". */
export function siteRoot(site: URL | string | undefined): string {
  return publicUrl(site, '/').replace(/\/$/, '');
}
