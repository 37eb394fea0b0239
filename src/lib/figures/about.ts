/**
 * "About this data" (the Sources tab): definition, unit, legal basis, coverage (how many units and
 * periods have figures on each map, and the national figures), every source with the quotes it is
 * cited for, and a ready citation in both languages.
 */
import { t } from '../../i18n/dict.ts';
import type { Lang } from '../format/number.ts';
import { formatPeriod } from '../format/period.ts';
import { unitLabel } from '../format/value.ts';
import type { Vintage } from '../types.ts';
import { citation, sourceDate, sourcesOf } from './common.ts';
import { unitNames, type Context, type FigureData } from './data.ts';
import { periodsIn, writeView, type IndicatorView } from './view.ts';
import { localText, textLang } from '../format/lang.ts';

export interface Coverage {
  vintage: Vintage | 'VN';
  /** units with at least one figure */
  units: number;
  /** units on that map */
  of: number;
  periods: string[];
  figures: number;
  text: string;
}

export interface SourceEntry {
  id: string;
  publisher: string;
  title: string;
  /** the title's language: it is shown as published */
  titleLang: 'vi' | 'en';
  date: string;
  url: string;
  /** the figures it is cited for: who, when, and the verbatim quote */
  quotes: { name: string; period: string; quote: string }[];
}

export interface AboutModel {
  definition: string;
  unit: string;
  direction: string;
  legalBasis: string;
  legalBasisUrl: string;
  coverage: Coverage[];
  sources: SourceEntry[];
  citations: { lang: Lang; text: string }[];
}

/** The Sources tab's model; see the module comment. */
export function aboutModel(data: FigureData, view: IndicatorView, lang: Lang, ctx: Context): AboutModel {
  const i = data.indicator;
  const coverage: Coverage[] = [];
  for (const vintage of ['VN63', 'VN34'] as const) {
    const own = data.figures.filter((f) => f.vintage === vintage && f.geo !== 'VN');
    if (own.length === 0) continue;
    const units = new Set(own.map((f) => f.geo)).size;
    const of = data.units.filter((u) => u.vintage === vintage).length;
    const periods = periodsIn(data.figures, vintage);
    coverage.push({ vintage, units, of, periods, figures: own.length, text: t(lang, 'figure.coverage', { units, of, map: t(lang, `vintage.short.${vintage}`), periods: periods.map((p) => formatPeriod(p, lang)).join(', '), figures: own.length }) });
  }
  const national = data.figures.filter((f) => f.geo === 'VN');
  if (national.length) {
    const periods = [...new Set(national.sort((a, b) => a.period_end.localeCompare(b.period_end)).map((f) => f.period))];
    coverage.push({ vintage: 'VN', units: 1, of: 1, periods, figures: national.length, text: t(lang, 'figure.coverageNational', { periods: periods.map((p) => formatPeriod(p, lang)).join(', '), figures: national.length }) });
  }
  if (data.subunits.length) {
    const periods = [...new Set(data.subunits.map((f) => f.period))];
    coverage.push({ vintage: 'VN', units: new Set(data.subunits.map((f) => `${f.geo}:${f.subunit}`)).size, of: 0, periods, figures: data.subunits.length, text: t(lang, 'figure.coverageSubunits', { figures: data.subunits.length, periods: periods.map((p) => formatPeriod(p, lang)).join(', ') }) });
  }
  const names = (v: Vintage): Map<string, string> => unitNames(data, v, lang);
  const all = [...data.figures, ...data.subunits.map((f) => ({ ...f, derived: false }))];
  const sources: SourceEntry[] = sourcesOf(data, all).map((s) => ({
    id: s.id,
    publisher: s.publisher,
    title: s.title,
    titleLang: textLang(s.title),
    date: s.date ? sourceDate(s.date, lang) : '',
    url: s.url,
    quotes: all
      .filter((f) => !f.derived && f.source === s.id && f.quote)
      .sort((a, b) => a.period_end.localeCompare(b.period_end) || a.geo.localeCompare(b.geo))
      .map((f) => ({ name: [('subunit' in f ? f.subunit : ''), names(f.vintage).get(f.geo) ?? f.geo].filter(Boolean).join(', '), period: formatPeriod(f.period, lang), quote: f.quote })),
  }));
  const query = writeView('', { ...view, tab: 'sources' });
  return {
    definition: localText(i, 'definition', lang) || '—',
    unit: unitLabel(i.unit, lang),
    direction: t(lang, `direction.${i.direction}`),
    legalBasis: i.legal_basis || '—',
    legalBasisUrl: i.legal_basis_url,
    coverage,
    sources,
    citations: (['vi', 'en'] as const).map((l) => ({ lang: l, text: citation(data, all, ctx, query, l) })),
  };
}
