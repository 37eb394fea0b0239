/**
 * The security headers of the site, declared once: the static server sends them and the build
 * writes them into `dist/_headers` for static hosts (Netlify, Cloudflare Pages and the like).
 *
 * The page's own Content-Security-Policy (scripts by hash, styles, connect, workers) is in a
 * `<meta>` tag that Astro writes (astro.config.mjs). A meta policy cannot say `frame-ancestors`,
 * so this header policy carries it, plus the directives that need no per-page hash. Both policies
 * apply; a resource must satisfy each.
 *
 * `frame-ancestors *`: any page may be framed, because the embed views are the ordinary pages with
 * `?embed=1`, and a `_headers` file matches paths, never query strings. The site has no login, no
 * form that changes anything and no personal data, so framing exposes nothing a visitor could be
 * tricked into doing. Same rule on this server and on static hosts, so the two never disagree.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "frame-ancestors *; object-src 'none'; base-uri 'self'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

/** The text of a `_headers` file (Netlify / Cloudflare Pages syntax) carrying SECURITY_HEADERS for every path. */
export function headersFile(): string {
  const lines = ['/*', ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)];
  return `${lines.join('\n')}\n`;
}
