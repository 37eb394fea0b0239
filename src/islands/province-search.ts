/**
 * Diacritics-insensitive province search for the compare picker: "ha noi", "hcm", "dak lak" find
 * their provinces through the resolver's normalizeName and the published spellings in aliases.csv.
 */
import { normalizeName } from '../lib/geo/normalize.ts';
import type { Vintage } from '../lib/types.ts';
import { localName } from '../lib/format/lang.ts';

export interface Searchable {
  vintage: Vintage;
  code: string;
  name: string;
  /** every spelling to match: names in both languages and aliases */
  spellings: string[];
}

export interface Hit {
  vintage: Vintage;
  code: string;
  name: string;
}

/** Prepares units and their aliases for searching (normalised once). */
export function searchIndex(
  units: readonly { vintage: Vintage; code: string; name_vi: string; name_en: string }[],
  aliases: readonly { alias: string; vintage: string; code: string }[],
  lang: 'vi' | 'en',
): Searchable[] {
  return units.map((u) => ({
    vintage: u.vintage,
    code: u.code,
    name: localName(u, lang),
    spellings: [...new Set([u.name_vi, u.name_en, ...aliases.filter((a) => a.vintage === u.vintage && a.code === u.code).map((a) => a.alias)].map(normalizeName).filter(Boolean))],
  }));
}

/** Provinces matching `query`, best first: exact spelling, then prefix, then a word prefix, then substring. */
export function searchProvinces(index: readonly Searchable[], query: string, limit = 8): Hit[] {
  const q = normalizeName(query);
  if (!q) return [];
  const compact = q.replace(/ /g, '');
  const score = (s: string): number => {
    const c = s.replace(/ /g, '');
    if (s === q || c === compact) return 0;
    if (s.startsWith(q) || c.startsWith(compact)) return 1;
    if (s.split(' ').some((_w, i, ws) => ws.slice(i).join(' ').startsWith(q))) return 2;
    if (c.includes(compact)) return 3;
    return Infinity;
  };
  return index
    .map((u) => ({ u, s: Math.min(...u.spellings.map(score)) }))
    .filter((x) => x.s < Infinity)
    .sort((a, b) => a.s - b.s || (a.u.vintage === b.u.vintage ? a.u.name.localeCompare(b.u.name, 'vi') : a.u.vintage === 'VN63' ? -1 : 1))
    .slice(0, limit)
    .map(({ u }) => ({ vintage: u.vintage, code: u.code, name: u.name }));
}

export interface Abolished {
  alias: string;
  /** why it no longer resolves, as aliases.csv says ("Hà Tây, merged into Hà Nội 2008-08-01") */
  note: string;
  vintage: Vintage;
  /** the unit that took the territory over */
  code: string;
}

/**
 * A former unit the query names ("ha tay"), so the picker can explain where its figures are
 * instead of finding nothing. Matches a whole normalised spelling or its prefix of at least 4 letters.
 */
export function abolishedMatch(aliases: readonly { alias: string; kind: string; vintage: string; code: string; note: string }[], query: string): Abolished | null {
  const q = normalizeName(query);
  if (q.length < 4) return null;
  for (const a of aliases) {
    if (a.kind !== 'abolished' || (a.vintage !== 'VN63' && a.vintage !== 'VN34')) continue;
    const n = normalizeName(a.alias);
    if (n === q || (n.startsWith(q) && q.length >= 4)) return { alias: a.alias, note: a.note, vintage: a.vintage, code: a.code };
  }
  return null;
}
