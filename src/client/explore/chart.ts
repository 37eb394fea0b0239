/**
 * The result's chart, chosen from its column kinds: a line over a date column, bars for a label
 * and a number, dots for two numbers. State (the spec) is apart from drawing (Plot).
 */
import * as Plot from '@observablehq/plot';
import type { ResultColumn, ResultTable } from '../duckdb/result.ts';

export type ChartSpec =
  | { kind: 'line'; x: string; y: string; series: string | null }
  | { kind: 'bar'; label: string; value: string }
  | { kind: 'dot'; x: string; y: string; label: string | null };

/** Bars beyond this many become unreadable; the chart then shows the first ones and says so. */
export const MAX_BARS = 60;

// A text column of years or ISO dates ("2019", "2019-07-30") is a time axis too.
function looksLikeDates(column: ResultColumn): boolean {
  if (column.kind === 'date' || column.kind === 'datetime') return true;
  if (column.kind !== 'string') return false;
  const sample = column.values.slice(0, 50).filter((v) => v !== null);
  return sample.length > 0 && sample.every((v) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(String(v)));
}

/** The chart that suits the columns, or null when none does (no number column, or no rows). */
export function pickChart(table: ResultTable): ChartSpec | null {
  if (table.rowCount === 0) return null;
  const numbers = table.columns.filter((c) => c.kind === 'number');
  if (numbers.length === 0) return null;
  const dates = table.columns.filter(looksLikeDates);
  const labels = table.columns.filter((c) => c.kind === 'string' && !dates.includes(c));
  const dateColumn = dates[0];
  const value = numbers.find((c) => !dates.includes(c));
  if (dateColumn && value) return { kind: 'line', x: dateColumn.name, y: value.name, series: labels[0]?.name ?? null };
  const label = labels[0];
  if (numbers.length >= 2) {
    const [x, y] = numbers as [ResultColumn, ResultColumn];
    return { kind: 'dot', x: x.name, y: y.name, label: label?.name ?? null };
  }
  if (label && value) return { kind: 'bar', label: label.name, value: value.name };
  return null;
}

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
