/** Rows the site's queries return (see sql.ts). */
import type { EventRow, IndicatorRow, Qualifier, SourceRow, Vintage } from '../lib/types.ts';

export interface IndicatorInfo extends IndicatorRow {
  n_vn63: number;
  n_vn34: number;
  n_national: number;
  n_observations: number;
}

export type Source = SourceRow;

export interface Unit {
  vintage: Vintage;
  code: string;
  name_vi: string;
  name_en: string;
  type: 'city' | 'province';
}

export interface Crosswalk {
  vn63_code: string;
  vn34_code: string;
  effective: string;
}

export interface Figure {
  indicator: string;
  vintage: Vintage;
  geo: string;
  period: string;
  period_start: string;
  period_end: string;
  value: number;
  qualifier: Qualifier;
  numerator: number | null;
  denominator: number | null;
  source: string;
  quote: string;
  derived: boolean;
  members: string;
  rank: number | null;
  rank_n: number | null;
  median: number | null;
  median_n: number | null;
}

export interface Median {
  vintage: Vintage;
  period: string;
  median: number;
  n: number;
  period_end: string;
}

/** An event as pages use it: the events table without its expanded dates. */
export type SiteEvent = Omit<EventRow, 'date_start' | 'date_end'>;

export interface ObservationRow {
  indicator: string;
  vintage: Vintage;
  geo: string;
  subunit: string;
  breakdown: string;
  period: string;
  period_end: string;
  value: number;
  qualifier: Qualifier;
  source: string;
  quote: string;
  note: string;
}
