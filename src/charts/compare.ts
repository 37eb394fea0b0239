/**
 * Small multiples for compare: one strip per indicator, every province a muted dot, the chosen
 * provinces in colour with their values, and the national median as a tick.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber } from '../lib/format/number.ts';
import { formatValue, unitLabel } from '../lib/format/value.ts';
import { finish } from './finish.ts';
import { MEDIAN, MUTED, SERIES } from './palette.ts';
import type { ChartOptions, ChartRow } from './types.ts';

export interface StripOptions extends ChartOptions {
  median: number | null;
}

/** One indicator's strip: all provinces of a period, the highlighted ones labelled. */
export function stripChart(rows: readonly ChartRow[], options: StripOptions): SVGSVGElement {
  const { lang, unit, median } = options;
  const highlight = options.highlight ?? [];
  const colour = new Map(highlight.map((geo, i) => [geo, SERIES[i % SERIES.length]]));
  const chosen = highlight.map((geo) => rows.find((r) => r.geo === geo)).filter((r): r is ChartRow => r !== undefined);
  const marks: Plot.Markish[] = [
    Plot.dot(rows.filter((r) => !colour.has(r.geo)), { x: 'value', fill: MUTED, r: 3 }),
    Plot.dot(chosen, { x: 'value', fill: (r: ChartRow) => colour.get(r.geo), r: 6, stroke: 'white' }),
    // alternate above and below so two close provinces do not overprint
    ...[0, 1].map((parity) =>
      Plot.text(chosen.filter((_, i) => i % 2 === parity), {
        x: 'value',
        text: (r: ChartRow) => `${r.name}: ${formatValue(r.value, unit, r.qualifier, lang)}`,
        dy: parity === 0 ? -14 : 14,
        fill: 'currentColor',
      }),
    ),
  ];
  if (median !== null) marks.push(Plot.tickX([median], { stroke: MEDIAN, strokeWidth: 2 }));
  const svg = Plot.plot({
    document: options.document,
    width: options.width ?? 640,
    height: 90,
    marginTop: 26,
    marginBottom: 30,
    marginLeft: 20,
    marginRight: 20,
    className: 'chart',
    x: { label: unitLabel(unit, lang), tickFormat: (d: number) => formatNumber(d, lang), reverse: unit === 'rank', inset: 6 },
    marks,
  });
  return finish(svg, options.title);
}
