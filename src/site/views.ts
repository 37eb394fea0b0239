/** Build-time drawing: query rows → chart and map SVG markup, with the text that goes with them. */
import { stripChart } from '../charts/compare.ts';
import { rankingChart, sortRanking } from '../charts/ranking.ts';
import { trendChart } from '../charts/trend.ts';
import { t } from '../i18n/dict.ts';
import type { Lang } from '../lib/format/number.ts';
import { formatPeriod } from '../lib/format/period.ts';
import { formatValue } from '../lib/format/value.ts';
import { featuresFor, islandFeatures } from '../lib/geo/topology.ts';
import type { Vintage } from '../lib/types.ts';
import { choropleth, type MapValue } from '../map/choropleth.ts';
import { provincePath } from '../i18n/routes.ts';
import { loadTopology, markup, serverDocument } from './dom.ts';
import { chartRows, trendRows } from './model.ts';
import type { Figure, IndicatorInfo, Median, Source } from './types.ts';

/** The figures of one vintage and period keyed by province, as the map takes them. */
export function mapValues(figures: readonly Figure[], vintage: Vintage, period: string): Map<string, MapValue> {
  return new Map(
    figures.filter((f) => f.vintage === vintage && f.period === period && f.geo !== 'VN').map((f) => [f.geo, { value: f.value, qualifier: f.qualifier, derived: f.derived, source: f.source, period: f.period }]),
  );
}

/** The map of an indicator for one vintage and period. */
export function mapSvg(o: { lang: Lang; indicator: IndicatorInfo; vintage: Vintage; period: string; figures: readonly Figure[]; names: ReadonlyMap<string, string>; idPrefix: string }): string {
  const topo = loadTopology();
  const name = o.lang === 'vi' ? o.indicator.name_vi : o.indicator.name_en;
  const svg = choropleth(featuresFor(topo, o.vintage), islandFeatures(topo), mapValues(o.figures, o.vintage, o.period), {
    document: serverDocument(), lang: o.lang, vintage: o.vintage, unit: o.indicator.unit, direction: o.indicator.direction,
    names: o.names, href: (code) => provincePath(o.lang, o.vintage, code), idPrefix: o.idPrefix,
    title: t(o.lang, 'home.mapOf', { indicator: name, period: formatPeriod(o.period, o.lang) }),
  });
  return markup(svg);
}

/** One sentence a screen reader or a reader without the chart gets: coverage, best, worst, median. */
export function rankingSummary(lang: Lang, indicator: IndicatorInfo, rows: ReturnType<typeof chartRows>, total: number, median: number | null): string {
  if (rows.length === 0) return t(lang, 'data.none');
  const parts = [t(lang, 'map.summary', { n: rows.length, total }).replace(/\.$/, '')];
  if (indicator.direction !== 'neutral') {
    const sorted = sortRanking(rows, indicator.direction);
    const f = (r: (typeof rows)[number]): string => `${r.name} (${formatValue(r.value, indicator.unit, r.qualifier, lang)})`;
    parts.push(`${t(lang, 'chart.best')}: ${f(sorted[0])}`);
    if (sorted.length > 1) parts.push(`${t(lang, 'chart.worst')}: ${f(sorted[sorted.length - 1])}`);
  }
  if (median !== null) parts.push(`${t(lang, 'field.median')}: ${formatValue(median, indicator.unit, '', lang)}`);
  return parts.join('; ') + '.';
}

/** The ranking chart of one vintage and period. */
export function rankingSvg(lang: Lang, indicator: IndicatorInfo, figures: readonly Figure[], vintage: Vintage, period: string, names: ReadonlyMap<string, string>, highlight: string[] = []): string {
  const rows = chartRows(figures, vintage, period, names);
  const median = figures.find((f) => f.vintage === vintage && f.period === period && f.median !== null)?.median ?? null;
  return markup(rankingChart(rows, { lang, unit: indicator.unit, direction: indicator.direction, median, document: serverDocument(), highlight, title: t(lang, 'chart.ranking') }));
}

/** The trend chart of one vintage (all periods). */
export function trendSvg(lang: Lang, indicator: IndicatorInfo, figures: readonly Figure[], medians: readonly Median[], vintage: Vintage, names: ReadonlyMap<string, string>, highlight: string[] = []): string {
  return markup(trendChart(trendRows(figures, vintage, names), {
    lang, unit: indicator.unit, direction: indicator.direction, document: serverDocument(), highlight, title: t(lang, 'chart.trend'),
    medians: medians.filter((m) => m.vintage === vintage),
  }));
}

/** A compare strip: every province of the period, the chosen ones highlighted. */
export function stripSvg(lang: Lang, indicator: IndicatorInfo, figures: readonly Figure[], vintage: Vintage, period: string, names: ReadonlyMap<string, string>, highlight: string[], title: string): string {
  const rows = chartRows(figures, vintage, period, names);
  const median = figures.find((f) => f.vintage === vintage && f.period === period && f.median !== null)?.median ?? null;
  return markup(stripChart(rows, { lang, unit: indicator.unit, direction: indicator.direction, median, document: serverDocument(), highlight, title }));
}

/** "Nguồn: publisher, title; …" for the sources behind some figures (derived ones cite their members' sources). */
export function sourceLine(lang: Lang, figures: readonly Figure[], sources: readonly Source[]): string {
  const ids = new Set<string>();
  for (const f of figures) for (const id of f.source.split(/[;,+ ]+/).filter(Boolean)) ids.add(id);
  const names = [...ids].sort().map((id) => {
    const s = sources.find((x) => x.id === id);
    return s ? `${s.publisher}, ${s.title}` : id;
  });
  const label = lang === 'vi' ? 'Nguồn' : 'Source';
  return names.length ? `${label}: ${names.join('; ')}` : `${label}: —`;
}
