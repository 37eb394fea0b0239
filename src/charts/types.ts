/** The rows and options chart functions take: plain data, no globals. */
import type { Lang } from '../lib/format/number.ts';
import type { Direction, Qualifier, Unit } from '../lib/types.ts';

/** One province's figure for one indicator and period. */
export interface ChartRow {
  geo: string;
  name: string;
  value: number;
  qualifier: Qualifier;
  /** a VN34 value re-aggregated from VN63 members */
  derived: boolean;
}

/** One point of a province's series over time. */
export interface TrendRow extends ChartRow {
  period: string;
  /** ISO date the period ends on: the x position */
  period_end: string;
}

export interface ChartOptions {
  lang: Lang;
  unit: Unit;
  direction: Direction;
  /** the document to draw in: linkedom's at build time, the page's in the browser */
  document?: Document;
  width?: number;
  /** geo codes to emphasise */
  highlight?: readonly string[];
  /** the accessible title of the chart */
  title?: string;
}
