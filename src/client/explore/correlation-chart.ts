/** The correlation view's scatter: provinces labelled, least-squares line, r and n in the title. */
import * as Plot from '@observablehq/plot';

export interface CorrelationRow {
  geo: string;
  name_vi: string;
  name_en: string;
  x: number;
  y: number;
  derived_x: boolean;
  derived_y: boolean;
}

export interface Fit {
  n: number;
  r: number | null;
  slope: number | null;
  intercept: number | null;
}

/** Reads the fit that correlationQuery repeats on every row; null values when DuckDB gave none. */
export function fitOf(rows: readonly Record<string, unknown>[]): Fit {
  const first = rows[0];
  const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
  return { n: rows.length, r: num(first?.r), slope: num(first?.slope), intercept: num(first?.intercept) };
}

/** The scatter; the line is drawn only when there is a fit (n ≥ 3 and x varies). */
export function drawCorrelation(
  rows: readonly CorrelationRow[],
  fit: Fit,
  options: { width: number; xLabel: string; yLabel: string; lang: 'vi' | 'en'; document?: Document },
): SVGSVGElement | HTMLElement {
  const name = (row: CorrelationRow): string => (options.lang === 'en' ? row.name_en : row.name_vi);
  const derived = (row: CorrelationRow): boolean => row.derived_x || row.derived_y;
  const xs = rows.map((row) => row.x);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const line = fit.slope !== null && fit.intercept !== null && rows.length >= 3
    ? [Plot.line([[x0, fit.intercept + fit.slope * x0], [x1, fit.intercept + fit.slope * x1]], { stroke: '#d92d20', strokeWidth: 1.5 })]
    : [];
  return Plot.plot({
    width: options.width,
    height: 460,
    grid: true,
    document: options.document,
    x: { label: options.xLabel },
    y: { label: options.yLabel },
    marks: [
      ...line,
      Plot.dot(rows, { x: 'x', y: 'y', stroke: 'steelblue', fill: (row: CorrelationRow) => (derived(row) ? 'white' : 'steelblue'), r: 4, title: name }),
      Plot.text(rows, { x: 'x', y: 'y', text: name, dy: -9, fontSize: 10 }),
    ],
  });
}

/** "r = 0,82 · n = 61" in the page's language. */
export function fitLabel(fit: Fit, lang: 'vi' | 'en'): string {
  const format = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 3, minimumFractionDigits: 3 });
  return `r = ${fit.r === null ? '–' : format.format(fit.r)} · n = ${fit.n}`;
}
