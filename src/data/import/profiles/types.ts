/**
 * A profile describes one kind of published table declaratively: how to recognise it, where
 * the place names are, which columns hold which indicator, and where the period comes from.
 * The importer (../rows.ts) interprets it; a profile holds no code.
 */
import type { NumberLocale } from '../../../lib/numbers/parse.ts';
import type { IndicatorRow, Vintage } from '../../../lib/types.ts';

/** Where the values are. */
export type ValueLayout =
  /** fixed columns, each one indicator (period from the options or the file name) */
  | { kind: 'columns'; columns: readonly { header: RegExp; indicator: string; breakdown?: string }[] }
  /** every column whose header is a period holds that period of one indicator (--indicator) */
  | { kind: 'periods' }
  /** every other column is an indicator: its header is an indicator id, or mapped by --indicator "HEADER=id" */
  | { kind: 'indicators' }
  /** two header rows: periods above, measure names below (PX-Web); measure names mapped by --indicator */
  | { kind: 'period_measure' }
  /** one row per figure */
  | {
      kind: 'long';
      value: RegExp;
      period?: RegExp;
      indicator?: RegExp;
      vintage?: RegExp;
      breakdown?: RegExp;
      subunit?: RegExp;
      source?: RegExp;
    };

export interface Profile {
  name: string;
  description: string;
  /** recognised when every pattern matches some header label (and `file`, when given, the file name) */
  detect?: { headers: readonly RegExp[]; file?: RegExp; headerRows?: 1 | 2 };
  /** sheets to prefer, in order (XLSX) */
  sheets?: readonly RegExp[];
  /** header rows, when not detected */
  headerRows?: 1 | 2;
  /**
   * The column with the place: a name for the resolver, PAPI's P01..P63 (statistics-office code
   * order), `fixed` (every row is `code`, e.g. the national trend, `VN`), or `subunit` (the cell
   * names a sub-provincial unit as published; `province` picks the province out of it).
   */
  geo: { header: RegExp; by: 'name' | 'papi_order' | 'fixed' | 'subunit'; code?: string; province?: RegExp };
  /** the period from cells of each row: a year column with a month or a quarter column */
  periodColumns?: { year: RegExp; month?: RegExp; quarter?: RegExp };
  values: ValueLayout;
  /** the period from the file name: a pattern with named groups `year` and optionally `month` */
  periodFromFile?: RegExp;
  vintage?: Vintage;
  /** the earliest period the profile describes (PAPI's E-Governance dimension starts in 2018) */
  from?: string;
  /** how many provinces a complete table has (reported when different) */
  units?: number;
  locale?: NumberLocale;
  /** a breakdown token by sheet name */
  breakdownBySheet?: readonly { sheet: RegExp; breakdown: string }[];
  /** rows whose place cell matches are not provinces (e.g. an agency that is not a province) */
  skipRows?: readonly { pattern: RegExp; why: string }[];
  /** definitions the importer may offer to add to indicators.csv (--add-indicators) */
  indicators?: readonly IndicatorRow[];
}
