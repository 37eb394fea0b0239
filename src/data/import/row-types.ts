/** What building observation rows from a sheet takes (the options) and gives (rows, skips, problems). */
import type { NumberLocale } from '../../lib/numbers/parse.ts';
import type { Resolver } from '../../lib/geo/resolve.ts';
import type { Vintage } from '../../lib/types.ts';
import type { Problem } from './problems.ts';
import type { Profile } from './profiles/types.ts';
import type { Skipped } from './table.ts';
import type { OBSERVATION_COLUMNS } from '../check/schema.ts';

/** One row of data/observations/*.csv: every column (the observations schema, src/lib/schema/) as text, the vintage typed. */
export type OutRow = Record<Exclude<(typeof OBSERVATION_COLUMNS)[number], 'vintage'>, string> & { vintage: Vintage };

/** What the maintainer may say of a table's values (command-line options), where its cells do not. */
export interface ValueOptions {
  sheet?: string;
  locale?: NumberLocale;
  period?: string;
  /** `id`, or `HEADER=id` pairs */
  indicators?: readonly string[];
  vintage?: Vintage;
  source?: string;
  breakdown?: string;
  /** `--place-column NAME|N`: the column of place names (a header, or its 1-based number), instead of the profile's */
  placeColumn?: string;
}

export interface RowsOptions extends ValueOptions {
  profile: Profile;
  /** the input file's name, written in provenance notes */
  fileName: string;
  /** how problems name the input */
  displayFile: string;
  resolver: Resolver;
  /** the 63 VN63 codes in order (PAPI's P01..P63) */
  vn63Codes: readonly string[];
  /** raw name → unit, from --map */
  maps?: ReadonlyMap<string, { vintage?: Vintage; code: string }>;
  progress?: (done: number) => void;
}

export interface Unresolved {
  name: string;
  line: number;
  column: number;
  message: string;
  suggestions: string[];
}

/** What reading a sheet's rows found besides the rows themselves. */
export interface RowsSummary {
  /** rows made */
  count: number;
  skipped: Skipped[];
  problems: Problem[];
  unresolved: Unresolved[];
  /** cells with a missing-value marker */
  missing: number;
  locale: NumberLocale | 'none';
  /** --map entries used: raw name → vintage and code */
  mapped: Map<string, { vintage: Vintage; code: string }>;
  notes: string[];
}

export interface RowsResult extends RowsSummary {
  rows: OutRow[];
}
