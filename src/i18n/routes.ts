/** URL scheme: Vietnamese at "/", English under "/en/"; every page has a twin in the other language. */
import type { Lang } from '../lib/format/number.ts';
import type { Vintage } from '../lib/types.ts';

export type { Lang };

/** Route names and their first path segment per language ('' is the home page). */
const SEGMENTS = {
  home: { vi: '', en: '' },
  indicators: { vi: 'chi-so', en: 'indicators' },
  provinces: { vi: 'tinh', en: 'provinces' },
  compare: { vi: 'so-sanh', en: 'compare' },
  sources: { vi: 'nguon', en: 'sources' },
  method: { vi: 'phuong-phap', en: 'method' },
  downloads: { vi: 'tai-ve', en: 'downloads' },
  whatsNew: { vi: 'moi', en: 'whats-new' },
  explore: { vi: 'truy-van', en: 'explore' },
} as const satisfies Record<string, Record<Lang, string>>;

/**
 * Addresses that moved, old → new, kept working with their query (a shared question): a page at
 * each old path sends the reader on (src/pages/[...moved].astro) and static hosts get them in
 * `_redirects` (scripts/server/static-host-files.ts).
 * The Vietnamese explore page was at /explore/ until its slug became Vietnamese like the others.
 */
export const MOVED: Readonly<Record<string, string>> = {
  '/explore/': '/truy-van/',
};

export type Route = keyof typeof SEGMENTS;
export const ROUTES = Object.keys(SEGMENTS) as Route[];

/** The absolute path of a page: path('provinces', 'vi', 'vn63', '01') → "/tinh/vn63/01/". */
export function path(route: Route, lang: Lang, ...rest: string[]): string {
  const parts = [lang === 'en' ? 'en' : '', SEGMENTS[route][lang], ...rest].filter((p) => p !== '');
  for (const p of rest) if (!/^[A-Za-z0-9_-]+$/.test(p)) throw new Error(`invalid path segment: ${p}`);
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

/** The page of a province of one vintage: "/tinh/vn63/01/". */
export function provincePath(lang: Lang, vintage: Vintage, code: string): string {
  return path('provinces', lang, vintage.toLowerCase(), code);
}

/** The page of an indicator: "/chi-so/{id}/". */
export function indicatorPath(lang: Lang, id: string): string {
  return path('indicators', lang, id);
}

/** The language a path belongs to. */
export function langOf(pathname: string): Lang {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'vi';
}

/** The same page in the other language (query string and hash kept), or null for an unknown path. */
export function twinPath(pathname: string, target: Lang): string | null {
  const [bare, tail = ''] = splitTail(pathname);
  const from = langOf(bare);
  const segs = bare.split('/').filter(Boolean);
  if (from === 'en') segs.shift();
  if (segs.length === 0) return (target === 'en' ? '/en/' : '/') + tail;
  const route = ROUTES.find((r) => SEGMENTS[r][from] === segs[0]);
  if (!route) return null;
  return path(route, target, ...segs.slice(1)) + tail;
}

function splitTail(pathname: string): [string, string] {
  const i = pathname.search(/[?#]/);
  return i < 0 ? [pathname, ''] : [pathname.slice(0, i), pathname.slice(i)];
}

/** The `base`-relative href of a file in public/ (kept absolute: the site is served at the root). */
export function asset(file: string): string {
  return `/${file.replace(/^\/+/, '')}`;
}
