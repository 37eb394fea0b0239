/**
 * A changelog entry in words, in one language: what the data update did ("Thêm 1.302 số liệu PAPI
 * 2018–2024" / "Added 1,302 PAPI figures, 2018–2024"), per indicator and source by their names —
 * never the commit's subject or ids. Used by the "What's new" pages and the Atom feeds.
 */
import { t } from '../../i18n/dict.ts';
import { formatNumber, type Lang } from '../../lib/format/number.ts';
import type { Figure, Group } from './compare.ts';
import type { Entry } from './history.ts';
import { localName } from '../../lib/format/lang.ts';

/** The names the words need: indicators and sources of the current data (an unknown id is shown as it is). */
export interface Names {
  indicators: ReadonlyMap<string, { name_vi: string; name_en: string }>;
  sources: ReadonlyMap<string, { publisher: string; title: string; date: string }>;
}

export interface DescribedGroup {
  indicator: string;
  indicatorName: string;
  sourceName: string;
  added: number;
  revised: number;
  withdrawn: number;
  group: Group;
}

export interface Described {
  title: string;
  counts: string;
  groups: DescribedGroup[];
}

type Kind = 'added' | 'revised' | 'withdrawn';
// acronyms that name a theme, not a data set
const GENERIC = new Set(['CNTT', 'UBND', 'HĐND', 'TTHC']);

const figuresOf = (g: Group, kind: Kind): Figure[] => (kind === 'revised' ? g.revised.map((r) => r.figure) : g[kind]);

/** The years the figures cover: "2018–2024", "2022", or '' when none. */
export function yearRange(figures: readonly Figure[]): string {
  const years = figures.map((f) => f.period.slice(0, 4)).filter((y) => /^\d{4}$/.test(y)).sort();
  if (years.length === 0) return '';
  const first = years[0] as string;
  const last = years[years.length - 1] as string;
  return first === last ? first : `${first}–${last}`;
}

/** An acronym (PAPI, DTI) found in the text of every group, or null. */
function commonAcronym(texts: readonly string[]): string | null {
  const sets = texts.map((text) => new Set([...text.matchAll(/(?<![\p{L}\d])([A-ZĐ]{3,})(?![\p{L}\d])/gu)].map((m) => m[1] as string).filter((a) => !GENERIC.has(a))));
  const [first, ...rest] = sets;
  if (!first) return null;
  for (const a of first) if (rest.every((s) => s.has(a))) return a;
  return null;
}

/** Describes one entry in one language. */
export function describeEntry(entry: Pick<Entry, 'groups' | 'counts'>, names: Names, lang: Lang): Described {
  const indicatorName = (id: string): string => {
    const i = names.indicators.get(id);
    return i ? localName(i, lang) : id;
  };
  const sourceName = (id: string): string => {
    const s = names.sources.get(id);
    return s ? `${s.publisher}: ${s.title}` : id;
  };
  const groups = entry.groups.map((g) => ({
    indicator: g.indicator, indicatorName: indicatorName(g.indicator), sourceName: sourceName(g.source),
    added: g.added.length, revised: g.revised.length, withdrawn: g.withdrawn.length, group: g,
  }));
  const counts = t(lang, 'whatsnew.counts', {
    added: formatNumber(entry.counts.added, lang), revised: formatNumber(entry.counts.revised, lang), withdrawn: formatNumber(entry.counts.withdrawn, lang),
  });
  const kinds: Kind[] = ['added', 'revised', 'withdrawn'];
  const kind = kinds.reduce((best, k) => (entry.counts[k] > entry.counts[best] ? k : best), 'added' as Kind);
  const touched = entry.groups.filter((g) => figuresOf(g, kind).length > 0);
  // a commit that touched the files but no figure: its quotes, notes or columns
  if (touched.length === 0) return { title: t(lang, 'whatsnew.unchanged'), counts, groups };
  const range = yearRange(touched.flatMap((g) => figuresOf(g, kind)));
  const n = formatNumber(entry.counts[kind], lang);
  // the data set's own name first (in the indicators' names, then the sources' titles), its publisher last
  const acronym =
    commonAcronym(touched.map((g) => `${indicatorName(g.indicator)} ${names.indicators.get(g.indicator)?.name_vi ?? ''}`)) ??
    commonAcronym(touched.map((g) => names.sources.get(g.source)?.title ?? '')) ??
    commonAcronym(touched.map((g) => names.sources.get(g.source)?.publisher ?? ''));
  let title: string;
  if (acronym) {
    title = t(lang, `whatsnew.${kind}.short`, { n, what: acronym });
  } else {
    const ids = [...new Set(touched.map((g) => g.indicator))];
    const what = ids.length === 1 ? indicatorName(ids[0] as string) : `${indicatorName(ids[0] as string)} ${t(lang, 'whatsnew.more', { n: ids.length - 1 })}`;
    title = t(lang, `whatsnew.${kind}.named`, { n, what });
  }
  // English counts one figure in the singular
  if (lang === 'en' && entry.counts[kind] === 1) title = title.replace(/ figures\b/, ' figure');
  return { title: range ? t(lang, 'whatsnew.titleRange', { title, range }) : title, counts, groups };
}
