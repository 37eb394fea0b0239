/** Row types shared by the checker, the bake, the importer and the site. See docs/CONTRACTS.md. */

export type Vintage = 'VN63' | 'VN34';
export type Qualifier = '' | 'approx' | 'at_least' | 'at_most' | 'near';
export type Unit = 'percent' | 'count' | 'score' | 'rank' | 'vnd_billion' | 'points';
export type Direction = 'higher_better' | 'lower_better' | 'neutral';
export type Aggregation = 'sum' | 'ratio' | 'none';

export const QUALIFIERS: readonly Qualifier[] = ['', 'approx', 'at_least', 'at_most', 'near'];
export const UNITS: readonly Unit[] = ['percent', 'count', 'score', 'rank', 'vnd_billion', 'points'];
export const DIRECTIONS: readonly Direction[] = ['higher_better', 'lower_better', 'neutral'];
export const AGGREGATIONS: readonly Aggregation[] = ['sum', 'ratio', 'none'];

/** Provinces and centrally-run cities on each map. */
export const PROVINCES_IN: Readonly<Record<Vintage, number>> = { VN63: 63, VN34: 34 };

/** Whether `units` provinces are at least half of a map: a period read as the map's, not a press note naming a few. */
export function coversHalf(units: number, vintage: Vintage): boolean {
  return units * 2 >= PROVINCES_IN[vintage];
}

/** The day the 34-unit map took effect (Resolution 202/2025/QH15). */
export const MERGER_DATE = '2025-07-01';

export interface IndicatorRow {
  id: string;
  name_vi: string;
  name_en: string;
  definition_vi: string;
  definition_en: string;
  unit: Unit;
  direction: Direction;
  aggregation: Aggregation;
  scheme: string;
  /** the legal basis in Vietnamese (as published) and in English */
  legal_basis: string;
  legal_basis_en: string;
  legal_basis_url: string;
  /** method notes, one field per language: a page shows only its own language's */
  note_vi: string;
  note_en: string;
}

export interface SourceRow {
  id: string;
  publisher: string;
  title: string;
  date: string;
  url: string;
  kind: string;
  note_vi: string;
  note_en: string;
}

export interface UnitRow {
  vintage: Vintage | 'VN';
  code: string;
  name_vi: string;
  name_en: string;
  type: 'city' | 'province' | 'country';
  iso3166_2: string;
  valid_from: string;
  valid_to: string;
}

export interface CrosswalkRow {
  vn63_code: string;
  vn34_code: string;
  effective: string;
}

export interface AliasRow {
  alias: string;
  kind: 'unit' | 'region' | 'total' | 'abolished';
  vintage: Vintage | '';
  code: string;
  note: string;
}

/** One published figure, validated: numbers parsed, period expanded to dates. */
export interface Observation {
  indicator: string;
  vintage: Vintage;
  geo: string;
  subunit: string;
  breakdown: string;
  period: string;
  period_start: string;
  period_end: string;
  value: number;
  qualifier: Qualifier;
  numerator: number | null;
  denominator: number | null;
  source: string;
  quote: string;
  note_vi: string;
  note_en: string;
  /** where the row came from, relative to the project root, and its 1-based line */
  file: string;
  line: number;
}

export interface EventRow {
  id: string;
  vintage: Vintage;
  geo: string;
  subunit: string;
  date: string;
  date_start: string;
  date_end: string;
  kind: 'deadline' | 'milestone' | 'status';
  status: '' | 'missed' | 'met' | 'pending';
  title_vi: string;
  title_en: string;
  source: string;
  quote: string;
  note: string;
}

export interface Dataset {
  indicators: IndicatorRow[];
  sources: SourceRow[];
  units: UnitRow[];
  crosswalk: CrosswalkRow[];
  aliases: AliasRow[];
  observations: Observation[];
  events: EventRow[];
}
