/**
 * The map's model (one period, one vintage): what each province is filled with, its table rows and
 * CSV rows in the order shown (best first, then the provinces without a figure), the summary with
 * best, worst and median, the source line and the citation. The choropleth draws `values`; the
 * component renders the rest.
 */
import { t } from '../../i18n/dict.ts';
import { provincePath } from '../../i18n/routes.ts';
import type { Lang } from '../format/number.ts';
import { formatPeriod } from '../format/period.ts';
import { derivedText, medianLabel, rankText } from '../format/stats.ts';
import { formatValue, qualifierWord, unitLabel } from '../format/value.ts';
import type { Direction } from '../types.ts';
import { CSV_HEADER, citation, csvRow, slug, sourceDate, sourceLine, sourcesOf, viewTitle, type FigureText } from './common.ts';
import { unitNames, type Context, type Figure, type FigureData } from './data.ts';
import { periodsIn, writeView, type IndicatorView } from './view.ts';

/** One province as the map, its tooltip and the table show it. */
export interface ProvinceRow {
  geo: string;
  name: string;
  href: string;
  period: string;
  value: number | null;
  valueText: string;
  rank: number | null;
  rankText: string;
  qualifierText: string;
  derived: boolean;
  derivedText: string;
  /** publishers with their dates */
  sourceText: string;
  quote: string;
  csv: (string | number | boolean | null)[];
}

export interface MapModel extends FigureText {
  periods: string[];
  rows: ProvinceRow[];
  /** the fill of each province with a figure */
  values: Map<string, { value: number; qualifier: Figure['qualifier']; derived: boolean }>;
  covered: number;
  total: number;
  /** figures for the whole country (geo VN) in this period */
  national: ProvinceRow | null;
  /** every figure for the whole country, oldest first (the table of an indicator without province figures) */
  nationalAll: ProvinceRow[];
  /** every figure below province level or of a sub-series, oldest first */
  subunitRows: ProvinceRow[];
}

/** Best first by direction; ties and neutral indicators by name (Vietnamese order). */
export function byDirection(direction: Direction): (a: { value: number | null; name: string }, b: { value: number | null; name: string }) => number {
  const sign = direction === 'lower_better' ? 1 : -1;
  return (a, b) => {
    if (a.value === null || b.value === null) return a.value === b.value ? a.name.localeCompare(b.name, 'vi') : a.value === null ? 1 : -1;
    if (a.value === b.value || direction === 'neutral') return direction === 'neutral' && a.value !== b.value ? b.value - a.value : a.name.localeCompare(b.name, 'vi');
    return sign * (a.value - b.value);
  };
}

/** A figure (or its absence) as a table row. */
export function provinceRow(data: FigureData, f: Figure | undefined, geo: string, name: string, view: Pick<IndicatorView, 'vintage' | 'period'>, lang: Lang): ProvinceRow {
  const vn63 = unitNames(data, 'VN63', lang);
  const unit = data.indicator.unit;
  const src = f ? sourcesOf(data, [f]) : [];
  return {
    geo,
    name,
    href: geo === 'VN' ? '' : provincePath(lang, view.vintage, geo),
    period: f?.period ?? view.period,
    value: f ? f.value : null,
    valueText: formatValue(f ? f.value : null, unit, f?.qualifier ?? '', lang),
    rank: f?.rank ?? null,
    rankText: (f && rankText(f, lang)) ?? '—',
    qualifierText: f && f.qualifier ? qualifierWord(f.qualifier, lang) : '',
    derived: f?.derived ?? false,
    derivedText: (f && derivedText(f, lang, (c) => vn63.get(c) ?? c)) ?? '',
    sourceText: src.map((s) => (s.date ? `${s.publisher} (${sourceDate(s.date, lang)})` : s.publisher)).join('; '),
    quote: f?.quote ?? '',
    csv: csvRow(data, f, geo, name, view.vintage, view.period),
  };
}

/** The map's model; see the module comment. */
export function mapModel(data: FigureData, view: IndicatorView, lang: Lang, ctx: Context): MapModel {
  const names = unitNames(data, view.vintage, lang);
  const shown = data.figures.filter((f) => f.vintage === view.vintage && f.period === view.period && f.geo !== 'VN');
  const byGeo = new Map(shown.map((f) => [f.geo, f]));
  const codes = [...names.keys()].filter((c) => c !== 'VN');
  const rows = codes.map((c) => provinceRow(data, byGeo.get(c), c, names.get(c) ?? c, view, lang)).sort(byDirection(data.indicator.direction));
  const nationalFigure = data.figures.find((f) => f.geo === 'VN' && f.period === view.period);
  const title = viewTitle(data, view.period, view.vintage, lang);
  const withData = rows.filter((r) => r.value !== null);
  const parts = [t(lang, 'map.summary', { n: withData.length, total: codes.length }).replace(/\.$/, '')];
  if (withData.length > 1 && data.indicator.direction !== 'neutral') {
    parts.push(`${t(lang, 'chart.best')}: ${withData[0].name} (${withData[0].valueText})`);
    const last = withData[withData.length - 1];
    parts.push(`${t(lang, 'chart.worst')}: ${last.name} (${last.valueText})`);
  }
  const withMedian = shown.find((f) => f.median !== null);
  const median = withMedian ? medianLabel(withMedian, lang) : null;
  if (withMedian && median) parts.push(`${median}: ${formatValue(withMedian.median, data.indicator.unit, '', lang)}`);
  if (nationalFigure) parts.push(`${t(lang, 'figure.national')}: ${formatValue(nationalFigure.value, data.indicator.unit, nationalFigure.qualifier, lang)}`);
  // an indicator without province figures is told by its national and sub-unit figures
  const others = [...data.figures.filter((f) => f.geo === 'VN'), ...data.subunits];
  const provinceLevel = data.figures.some((f) => f.geo !== 'VN');
  const cited = provinceLevel ? (nationalFigure ? [...shown, nationalFigure] : shown) : others;
  return {
    title,
    subtitle: `${t(lang, 'field.unit')}: ${unitLabel(data.indicator.unit, lang)}`,
    summary: withData.length ? `${parts.join('; ')}.` : !provinceLevel && others.length ? t(lang, 'figure.othersOnly', { n: others.length }) : view.period ? t(lang, 'figure.noDataFor', { period: formatPeriod(view.period, lang), map: t(lang, `vintage.short.${view.vintage}`) }) : t(lang, 'data.none'),
    sourceLine: sourceLine(data, cited, lang),
    citation: citation(data, cited, ctx, writeView('', { ...view, tab: 'map' }), lang),
    fileBase: slug(data.indicator.id, view.period, view.vintage),
    csv: { header: CSV_HEADER, rows: rows.map((r) => r.csv) },
    periods: periodsIn(data.figures, view.vintage),
    rows,
    values: new Map(shown.map((f) => [f.geo, { value: f.value, qualifier: f.qualifier, derived: f.derived }])),
    covered: withData.length,
    total: codes.length,
    national: nationalFigure ? provinceRow(data, nationalFigure, 'VN', names.get('VN') ?? 'VN', view, lang) : null,
    nationalAll: data.figures.filter((f) => f.geo === 'VN').sort((a, b) => a.period_end.localeCompare(b.period_end))
      .map((f) => provinceRow(data, f, 'VN', names.get('VN') ?? 'VN', { vintage: view.vintage, period: f.period }, lang)),
    subunitRows: data.subunits.map((s) => {
      const where = unitNames(data, s.vintage, lang).get(s.geo) ?? s.geo;
      const label = [s.subunit, s.breakdown && `(${s.breakdown})`].filter(Boolean).join(' ');
      const f: Figure = { ...s, indicator: data.indicator.id, period_start: '', numerator: null, denominator: null, derived: false, members: '', rank: null, rank_n: null, median: null, median_n: null };
      const row = provinceRow(data, f, s.geo, `${label} — ${where}`, s, lang);
      return { ...row, geo: `${s.geo}:${s.subunit}:${s.breakdown}`, href: s.geo === 'VN' ? '' : provincePath(lang, s.vintage, s.geo) };
    }),
  };
}
