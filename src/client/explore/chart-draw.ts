/** Draws a chart spec of chart.ts with Observable Plot. */
import * as Plot from '@observablehq/plot';
import type { ResultTable } from '../duckdb/result.ts';
import { MAX_BARS, type ChartSpec } from './chart.ts';

function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  return new Date(/^\d{4}$/.test(text) ? `${text}-01-01` : text);
}

/** Draws `spec` over the rows of `table` with Plot; `document` lets tests draw without a browser. */
export function drawChart(table: ResultTable, spec: ChartSpec, options: { width: number; document?: Document }): SVGSVGElement | HTMLElement {
  const column = (name: string): unknown[] => table.columns.find((c) => c.name === name)?.values ?? [];
  const rows = Array.from({ length: table.rowCount }, (_, i) => i);
  const base = { width: options.width, document: options.document, marginLeft: 60, style: { fontSize: '12px' } };
  if (spec.kind === 'line') {
    const xs = column(spec.x).map(toDate);
    const ys = column(spec.y);
    const zs = spec.series ? column(spec.series) : null;
    const data = rows.filter((i) => xs[i] !== null && ys[i] !== null).sort((a, b) => (xs[a] as Date).getTime() - (xs[b] as Date).getTime());
    return Plot.plot({
      ...base,
      height: 320,
      y: { grid: true, label: spec.y },
      x: { label: spec.x },
      color: zs ? { legend: true } : undefined,
      marks: [
        Plot.lineY(data, { x: (i: number) => xs[i], y: (i: number) => ys[i], z: zs ? (i: number) => zs[i] : undefined, stroke: zs ? (i: number) => zs[i] : 'currentColor' }),
        Plot.dot(data, { x: (i: number) => xs[i], y: (i: number) => ys[i], r: 2, fill: zs ? (i: number) => zs[i] : 'currentColor' }),
      ],
    });
  }
  if (spec.kind === 'bar') {
    const labels = column(spec.label);
    const values = column(spec.value);
    const data = rows.filter((i) => values[i] !== null).slice(0, MAX_BARS);
    return Plot.plot({
      ...base,
      marginLeft: 160,
      height: Math.max(120, data.length * 18 + 40),
      x: { grid: true, label: spec.value },
      y: { label: null, domain: data.map((i) => String(labels[i])) },
      marks: [Plot.barX(data, { y: (i: number) => String(labels[i]), x: (i: number) => values[i], fill: 'steelblue' }), Plot.ruleX([0])],
    });
  }
  const xs = column(spec.x);
  const ys = column(spec.y);
  const labels = spec.label ? column(spec.label) : null;
  const data = rows.filter((i) => xs[i] !== null && ys[i] !== null);
  return Plot.plot({
    ...base,
    height: 400,
    grid: true,
    x: { label: spec.x },
    y: { label: spec.y },
    marks: [
      Plot.dot(data, { x: (i: number) => xs[i], y: (i: number) => ys[i], fill: 'steelblue', title: labels ? (i: number) => String(labels[i]) : undefined }),
      ...(labels && data.length <= 80 ? [Plot.text(data, { x: (i: number) => xs[i], y: (i: number) => ys[i], text: (i: number) => String(labels[i]), dy: -8, fontSize: 10 })] : []),
    ],
  });
}
