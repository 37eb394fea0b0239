/** Build time: where a page lives on the public site and when it was built, for citations and embeds. */
import type { Context } from '../figures/data.ts';

/** The context of the page at `path` on `site` (Astro.site; a local address when none is configured). */
export function pageContext(site: URL | undefined, path: string, now: Date = new Date()): Context {
  return { site: (site?.origin ?? 'http://localhost:4321').replace(/\/$/, ''), path, today: now.toISOString().slice(0, 10) };
}
