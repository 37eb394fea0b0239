/**
 * The result's chart, chosen from its column kinds: a line over a date column, bars for a label
 * and a number, dots for two numbers. State (the spec) is apart from drawing (chart-draw.ts,
 * loaded only when a chart is shown, so Plot is not part of the page's first download).
 */
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

