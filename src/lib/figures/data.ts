/**
 * What every figure model takes: one indicator's figures with the reference they need (indicator
 * metadata, unit names, sources, the 63 → 34 crosswalk). The build fills it from the baked
 * database, the browser fetches the same shape from /site-data/indicator/ID.json: one fact, one shape.
 */
import type { Figure, ObservationRow } from '../site/types.ts';
import type { CrosswalkRow, IndicatorRow, SourceRow, Vintage } from '../types.ts';
import type { Lang } from '../format/number.ts';
import { localName } from '../format/lang.ts';
import { t } from '../../i18n/dict.ts';

export type { Figure };

export interface UnitRef {
  vintage: Vintage;
  code: string;
  name_vi: string;
  name_en: string;
}

export type SourceRef = Pick<SourceRow, 'id' | 'publisher' | 'title' | 'date' | 'url'>;

export interface FigureData {
  indicator: Omit<IndicatorRow, 'note_vi' | 'note_en' | 'legal_basis_en'> & { note_vi?: string; note_en?: string; legal_basis_en?: string };
  units: UnitRef[];
  sources: SourceRef[];
  crosswalk: Pick<CrosswalkRow, 'vn63_code' | 'vn34_code'>[];
  /** every figure of the indicator, province-level and national (geo VN) */
  figures: Figure[];
  /** published figures below province level or of a sub-series (the `subunit` and `breakdown` columns) */
  subunits: SubunitFigure[];
}

/** A published observation below province level or of a sub-series, as the site's query returns it. */
export type SubunitFigure = Pick<ObservationRow, 'vintage' | 'geo' | 'subunit' | 'breakdown' | 'period' | 'period_end' | 'value' | 'qualifier' | 'source' | 'quote'>;

/** Where the page is and when it is read: for citations, embeds and image footers. */
export interface Context {
  /** the site's public origin (Astro `site`), without a trailing slash */
  site: string;
  /** the page's path, e.g. /chi-so/dti_rank/ */
  path: string;
  /** ISO date the reader accesses the page (the build date until the browser knows better) */
  today: string;
}

/** Keeps only the fields the models read, so the island's props stay small. */
export function figureData(
  indicator: FigureData['indicator'],
  units: readonly UnitRef[],
  sources: readonly SourceRef[],
  crosswalk: FigureData['crosswalk'],
  figures: readonly Figure[],
  subunits: readonly SubunitFigure[] = [],
): FigureData {
  const used = new Set([...figures, ...subunits].flatMap((f) => sourceIds(f.source)));
  const { id, name_vi, name_en, definition_vi, definition_en, unit, direction, aggregation, scheme, legal_basis, legal_basis_url } = indicator;
  return {
    indicator: { id, name_vi, name_en, definition_vi, definition_en, unit, direction, aggregation, scheme, legal_basis, legal_basis_url },
    units: units.map(({ vintage, code, name_vi, name_en }) => ({ vintage, code, name_vi, name_en })),
    sources: sources.filter((s) => used.has(s.id)).map(({ id, publisher, title, date, url }) => ({ id, publisher, title, date, url })),
    crosswalk: crosswalk.map(({ vn63_code, vn34_code }) => ({ vn63_code, vn34_code })),
    figures: figures.filter((f) => f.indicator === id).map((f) => ({ ...f })),
    subunits: subunits.map(({ vintage, geo, subunit, breakdown, period, period_end, value, qualifier, source, quote }) => ({ vintage, geo, subunit, breakdown, period, period_end, value, qualifier, source, quote })),
  };
}

/** The source ids of a figure (a derived figure cites its members' sources, joined by "+", ";" or ","). */
export function sourceIds(source: string): string[] {
  return source.split(/[;,+ ]+/).filter(Boolean);
}

/** The indicator's name in a language. */
export function indicatorName(data: Pick<FigureData, 'indicator'>, lang: Lang): string {
  return localName(data.indicator, lang);
}

/** Unit names of one vintage by code, plus the whole country as VN. */
export function unitNames(data: Pick<FigureData, 'units'>, vintage: Vintage, lang: Lang): Map<string, string> {
  const names = new Map(data.units.filter((u) => u.vintage === vintage).map((u) => [u.code, localName(u, lang)]));
  names.set('VN', t(lang, 'figure.national'));
  return names;
}
