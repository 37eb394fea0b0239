/** Trend: one line per province over periods; highlighted provinces in colour, the rest muted. */
import * as Plot from '@observablehq/plot';
import { formatNumber } from '../lib/format/number.ts';
import { formatPeriodShort } from '../lib/format/period.ts';
import { formatValue, unitLabel } from '../lib/format/value.ts';
import { finish } from './finish.ts';
import { MEDIAN, MUTED, SERIES } from './palette.ts';
import type { ChartOptions, TrendRow } from './types.ts';

export interface TrendOptions extends ChartOptions {
  /** national medians per period, drawn as a dashed line */
  medians?: readonly { period: string; period_end: string; median: number }[];
}

/** Groups rows into series by province, each sorted by period end. */
export function trendSeries(rows: readonly TrendRow[]): Map<string, TrendRow[]> {
  const series = new Map<string, TrendRow[]>();
  for (const row of rows) {
    const list = series.get(row.geo) ?? [];
    list.push(row);
    series.set(row.geo, list);
  }
  for (const list of series.values()) list.sort((a, b) => a.period_end.localeCompare(b.period_end));
  return series;
}

const date = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** Draws the series of `rows` as an SVG element. */
export function trendChart(rows: readonly TrendRow[], options: TrendOptions): SVGSVGElement {
  const { lang, unit } = options;
  const highlight = options.highlight ?? [];
  const colour = new Map(highlight.map((geo, i) => [geo, SERIES[i % SERIES.length]]));
  const ordered = [...trendSeries(rows).values()].flat();
  const muted = ordered.filter((r) => !colour.has(r.geo));
  const shown = ordered.filter((r) => colour.has(r.geo));
  const x = (r: { period_end: string }): Date => date(r.period_end);
  const periods = [...new Map(ordered.map((r) => [r.period_end, r.period])).entries()].sort(([a], [b]) => a.localeCompare(b));
  const marks: Plot.Markish[] = [
    Plot.lineY(muted, { x, y: 'value', z: 'geo', stroke: MUTED, strokeWidth: 1 }),
    Plot.dot(muted, { x, y: 'value', fill: MUTED, r: 2 }),
  ];
  if (options.medians && options.medians.length > 0) {
    const medians = [...options.medians].sort((a, b) => a.period_end.localeCompare(b.period_end));
    marks.push(Plot.lineY(medians, { x, y: 'median', stroke: MEDIAN, strokeDasharray: '4,3' }));
  }
  marks.push(
    Plot.lineY(shown, { x, y: 'value', z: 'geo', stroke: (r: TrendRow) => colour.get(r.geo), strokeWidth: 2.5 }),
    Plot.dot(shown, { x, y: 'value', fill: (r: TrendRow) => colour.get(r.geo), r: 4 }),
    Plot.text(
      shown.filter((r, i, all) => all[i + 1]?.geo !== r.geo),
      { x, y: 'value', text: (r: TrendRow) => `${r.name} ${formatValue(r.value, unit, r.qualifier, lang)}`, dx: 6, textAnchor: 'start', fill: 'currentColor' },
    ),
  );
  const svg = Plot.plot({
    document: options.document,
    width: options.width ?? 640,
    height: 320,
    marginRight: 140,
    className: 'chart',
    x: {
      type: 'utc',
      label: null,
      ticks: periods.map(([end]) => date(end)),
      tickFormat: (d: Date) => {
        const hit = periods.find(([end]) => end === d.toISOString().slice(0, 10));
        return hit ? formatPeriodShort(hit[1], lang) : '';
      },
    },
    y: { label: unitLabel(unit, lang), grid: true, zero: unit !== 'rank' && unit !== 'score', reverse: unit === 'rank', tickFormat: (d: number) => formatNumber(d, lang) },
    marks,
  });
  return finish(svg, options.title);
}
