/** The correlation view's rows and fit, apart from drawing (correlation-chart.ts loads Plot). */
import { NUMBER_LOCALE } from '../../lib/format/number.ts';

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

/** "r = 0,82 · n = 61" in the page's language. */
export function fitLabel(fit: Fit, lang: 'vi' | 'en'): string {
  const format = new Intl.NumberFormat(NUMBER_LOCALE[lang], { maximumFractionDigits: 3, minimumFractionDigits: 3 });
  return `r = ${fit.r === null ? '–' : format.format(fit.r)} · n = ${fit.n}`;
}
