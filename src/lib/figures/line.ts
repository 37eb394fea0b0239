/**
 * The line chart's model: one series over time per chosen province (default: those with the
 * longest series, plus the whole country where it is published, or an honest median), every other
 * province as muted context. A series crosses the 1/7/2025 merger only where the territory is the
 * same on both maps (a province the merger left unchanged), and the point after the seam says so.
 */
import { t } from '../../i18n/dict.ts';
import type { Lang } from '../format/number.ts';
import { formatPeriod } from '../format/period.ts';
import { formatValue } from '../format/value.ts';
import { medianLabel } from '../format/stats.ts';
import { MERGER_DATE, type Qualifier, type Vintage } from '../types.ts';
import { CSV_HEADER, citation, slug, sourceLine, type FigureText } from './common.ts';
import { indicatorName, unitNames, type Context, type Figure, type FigureData } from './data.ts';
import { provinceRow } from './map.ts';
import { writeView, type IndicatorView } from './view.ts';

export interface LinePoint {
  geo: string;
  name: string;
  period: string;
  period_end: string;
  value: number;
  qualifier: Qualifier;
  derived: boolean;
  /** a point of the same territory on the other map, across the merger seam */
  across: boolean;
}

export interface LineSeries {
  key: string;
  name: string;
  kind: 'province' | 'national' | 'median';
  points: LinePoint[];
  /** what the series end label says */
  label: string;
  /** said under the chart when the series crosses the seam */
  note: string;
}

export interface LineModel extends FigureText {
  series: LineSeries[];
  /** every province series of the vintage, muted */
  context: LinePoint[];
  /** the merger date when the chart spans it */
  seam: string | null;
  picks: string[];
}

const SERIES_DEFAULT = 3;

/** Province series of a vintage, longest first (then by code): the default picks. */
export function defaultPicks(data: FigureData, vintage: Vintage, n = SERIES_DEFAULT): string[] {
  const counts = new Map<string, number>();
  for (const f of data.figures) if (f.vintage === vintage && f.geo !== 'VN') counts.set(f.geo, (counts.get(f.geo) ?? 0) + 1);
  const provinces = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([g]) => g);
  const national = data.figures.some((f) => f.geo === 'VN');
  return national ? [...provinces, 'VN'] : provinces;
}

/** The unit on the other map with the same territory, or null when the merger changed it. */
export function sameTerritory(data: FigureData, vintage: Vintage, code: string): string | null {
  if (vintage === 'VN63') {
    const to = data.crosswalk.find((c) => c.vn63_code === code)?.vn34_code;
    return to && data.crosswalk.filter((c) => c.vn34_code === to).length === 1 ? to : null;
  }
  const from = data.crosswalk.filter((c) => c.vn34_code === code);
  return from.length === 1 ? from[0].vn63_code : null;
}

function point(f: Figure, name: string, across: boolean): LinePoint {
  return { geo: f.geo, name, period: f.period, period_end: f.period_end, value: f.value, qualifier: f.qualifier, derived: f.derived, across };
}

/** The line chart's model; see the module comment. */
export function lineModel(data: FigureData, view: IndicatorView, lang: Lang, ctx: Context): LineModel {
  const names = unitNames(data, view.vintage, lang);
  const other: Vintage = view.vintage === 'VN63' ? 'VN34' : 'VN63';
  const otherNames = unitNames(data, other, lang);
  const unit = data.indicator.unit;
  const picks = view.picks.length ? view.picks : defaultPicks(data, view.vintage);
  const sortByEnd = (a: LinePoint, b: LinePoint): number => a.period_end.localeCompare(b.period_end);
  const series: LineSeries[] = [];
  const cited: Figure[] = [];
  const rows: (string | number | boolean | null)[][] = [];
  for (const code of picks) {
    const name = names.get(code) ?? code;
    const own = data.figures.filter((f) => f.geo === code && (code === 'VN' || f.vintage === view.vintage));
    const twin = code === 'VN' ? null : sameTerritory(data, view.vintage, code);
    const across = twin ? data.figures.filter((f) => f.vintage === other && f.geo === twin) : [];
    cited.push(...own, ...across);
    const points = [...own.map((f) => point(f, name, false)), ...across.map((f) => point({ ...f, geo: code }, name, true))].sort(sortByEnd);
    if (points.length === 0) continue;
    for (const f of [...own, ...across].sort((a, b) => a.period_end.localeCompare(b.period_end))) rows.push(provinceRow(data, f, code, name, f, lang).csv);
    const last = points[points.length - 1];
    series.push({
      key: code,
      name,
      kind: code === 'VN' ? 'national' : 'province',
      points,
      label: `${name} ${formatValue(last.value, unit, last.qualifier, lang)}`,
      note: across.length && twin ? t(lang, 'figure.sameTerritory', { name, other: otherNames.get(twin) ?? twin, map: t(lang, `vintage.short.${other}`) }) : '',
    });
  }
  // a median line only where the bake says a median may be shown (stats.ts words it)
  const medians = new Map<string, Figure>();
  for (const f of data.figures) if (f.vintage === view.vintage && f.geo !== 'VN' && f.median !== null && medianLabel(f, lang) && !medians.has(f.period)) medians.set(f.period, f);
  if (!picks.includes('VN') && medians.size > 1) {
    const first = [...medians.values()][0];
    const label = medianLabel(first, lang) ?? t(lang, 'chart.median');
    const points = [...medians.values()].map((f) => ({ ...point({ ...f, value: f.median as number, qualifier: '' }, label, false), geo: 'median', derived: false })).sort(sortByEnd);
    const last = points[points.length - 1];
    series.push({ key: 'median', name: label, kind: 'median', points, label: `${label} ${formatValue(last.value, unit, '', lang)}`, note: '' });
  }
  const context = data.figures.filter((f) => f.vintage === view.vintage && f.geo !== 'VN' && !picks.includes(f.geo)).map((f) => point(f, names.get(f.geo) ?? f.geo, false));
  const ends = [...series.flatMap((s) => s.points), ...context].map((p) => p.period_end);
  const spans = ends.some((e) => e < MERGER_DATE) && ends.some((e) => e >= MERGER_DATE);
  const pickedNames = series.map((s) => s.name);
  return {
    title: `${indicatorName(data, lang)} · ${t(lang, 'chart.trend').toLowerCase()} · ${t(lang, `vintage.short.${view.vintage}`)}`,
    subtitle: pickedNames.join(', '),
    summary: series.length
      ? series.map((s) => `${s.name}: ${s.points.map((p) => `${formatPeriod(p.period, lang)} ${formatValue(p.value, unit, p.qualifier, lang)}`).join(', ')}`).join('; ') + '.'
      : t(lang, 'data.none'),
    sourceLine: sourceLine(data, cited, lang),
    citation: citation(data, cited, ctx, writeView('', { ...view, tab: 'chart', picks }), lang),
    fileBase: slug(data.indicator.id, 'trend', view.vintage, ...picks),
    csv: { header: CSV_HEADER, rows },
    series,
    context,
    seam: spans ? MERGER_DATE : null,
    picks,
  };
}
