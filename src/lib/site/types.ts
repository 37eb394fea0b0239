/** Rows the site's queries return (see sql.ts). */
import type { EventRow, IndicatorRow, Observation, Qualifier, SourceRow, Vintage } from '../types.ts';
import type { DerivedMethod, MedianBasis, RankBasis } from '../format/stats.ts';

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
  /** derived rows: how the value was made (word it with derivedText) */
  derived_method?: DerivedMethod | null;
  rank: number | null;
  rank_n: number | null;
  /** published (the publisher's rank), complete (over every unit of the map) or partial (word it with rankText) */
  rank_basis?: RankBasis | null;
  /** the value is qualified: the rank is approximate */
  rank_approx?: boolean | null;
  median: number | null;
  /** units with a figure */
  median_n: number | null;
  /** complete, below_known or published_only (word it with medianLabel); null: no median may be shown */
  median_basis?: MedianBasis | null;
  /** units on the map (63 or 34, from the reference) */
  median_units?: number | null;
  /** below_known: the rank whose value is the median */
  median_rank?: number | null;
}

export interface Median {
  vintage: Vintage;
  period: string;
  median: number;
  n: number;
  basis: MedianBasis;
  units: number;
  median_rank: number | null;
  period_end: string;
}

/** A national, sub-unit or breakdown figure (nationalAndSubunitQuery): an observation without its file and line. */
export type OtherFigure = Omit<Observation, 'file' | 'line'>;

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
  note_vi: string;
  note_en: string;
}
