/**
 * Small multiples for compare: one strip per indicator, every province a muted dot, the chosen
 * provinces in colour with their values, and the national median as a tick.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber } from '../lib/format/number.ts';
import { formatValue, unitLabel } from '../lib/format/value.ts';
import { finish } from './finish.ts';
import { labelRowsHeight, layoutLabels, rowsUsed, type LabelPlacement } from './label-layout.ts';
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
  // narrow enough to be drawn at its own size on a phone (labels stay ≥ 11 px), in a grid on a wide screen
  const width = options.width ?? 340;
  const margin = 20;
  const inset = 6;
  // An explicit domain, so the labels' pixel positions can be computed before Plot draws them.
  const values = [...rows.map((r) => r.value), ...(median !== null ? [median] : [])];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const reverse = unit === 'rank';
  const plotWidth = width - 2 * margin - 2 * inset;
  const px = (v: number): number => {
    const t = hi === lo ? 0.5 : (v - lo) / (hi - lo);
    return margin + inset + (reverse ? 1 - t : t) * plotWidth;
  };
  const texts = chosen.map((r) => `${r.name}: ${formatValue(r.value, unit, r.qualifier, lang)}`);
  // label positions are relative to the plot area (0 … width − 2 margins)
  const placed = layoutLabels(chosen.map((r, i) => ({ x: px(r.value) - margin, text: texts[i] as string })), width - 2 * margin);
  // the frame is 20 px tall with the dots at its middle; each label sits (row + 1) rows above them
  const FRAME = 20;
  const marks: Plot.Markish[] = [
    // a thin leader in the province's colour from its dot up to its label
    ...chosen.map((r, i) => {
      const p = placed[i] as LabelPlacement;
      return Plot.ruleX([r], { x: 'value', stroke: colour.get(r.geo), strokeWidth: 1, insetTop: FRAME / 2 + p.dy + 2, insetBottom: FRAME / 2 });
    }),
    Plot.dot(rows.filter((r) => !colour.has(r.geo)), { x: 'value', fill: MUTED, r: 3 }),
    Plot.dot(chosen, { x: 'value', fill: (r: ChartRow) => colour.get(r.geo), r: 6, stroke: 'white' }),
    ...chosen.map((r, i) => {
      const p = placed[i] as LabelPlacement;
      return Plot.text([r], { x: 'value', text: () => texts[i], dx: p.dx, dy: p.dy, textAnchor: p.anchor, fill: 'currentColor' });
    }),
  ];
  if (median !== null) marks.push(Plot.tickX([median], { stroke: MEDIAN, strokeWidth: 2 }));
  const svg = Plot.plot({
    document: options.document,
    width,
    height: 78 + labelRowsHeight(rowsUsed(placed)),
    marginTop: 14 + labelRowsHeight(rowsUsed(placed)),
    marginBottom: 44,
    marginLeft: margin,
    marginRight: margin,
    className: 'chart',
    x: { label: unitLabel(unit, lang), labelOffset: 40, tickFormat: (d: number) => formatNumber(d, lang), domain: [lo, hi], reverse, inset },
    marks,
  });
  svg.setAttribute('font-size', '12');
  return finish(svg, options.title);
}
