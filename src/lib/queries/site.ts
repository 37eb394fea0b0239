/**
 * Pure SQL builders for the pages, over the baked database (docs/CONTRACTS.md). Values always go in
 * as `$n` parameters, never pasted into the SQL text.
 */
import type { Vintage } from '../types.ts';

export type Param = string | number | boolean | null;
export interface Query {
  sql: string;
  params: Param[];
}

/** Every indicator with how many province-level figures it has per vintage and its latest period. */
export function indicatorsQuery(): Query {
  return {
    sql: `SELECT i.*,
  (SELECT count(*) FROM figures f WHERE f.indicator = i.id AND f.geo <> 'VN' AND f.vintage = 'VN63') AS n_vn63,
  (SELECT count(*) FROM figures f WHERE f.indicator = i.id AND f.geo <> 'VN' AND f.vintage = 'VN34') AS n_vn34,
  (SELECT count(*) FROM figures f WHERE f.indicator = i.id AND f.geo = 'VN') AS n_national,
  (SELECT count(*) FROM observations o WHERE o.indicator = i.id) AS n_observations
FROM indicators i
ORDER BY i.id`,
    params: [],
  };
}

/** Every source, in order of publication (undated last). */
export function sourcesQuery(): Query {
  return { sql: `SELECT * FROM sources ORDER BY date NULLS LAST, id`, params: [] };
}

/** The provinces of both vintages (not the country row). */
export function unitsQuery(): Query {
  return { sql: `SELECT vintage, code, name_vi, name_en, type FROM units WHERE vintage IN ('VN63', 'VN34') ORDER BY vintage, code`, params: [] };
}

/** The 63 → 34 crosswalk. */
export function crosswalkQuery(): Query {
  return { sql: `SELECT vn63_code, vn34_code, effective FROM crosswalk ORDER BY vn63_code`, params: [] };
}

export interface FigureFilter {
  indicator?: string;
  vintage?: Vintage;
  geo?: string;
}

/**
 * Figures (published and derived) with their rank (and its basis: published, complete, partial;
 * approximate for a qualified value), how each derived row was made, and the median of the same
 * indicator, vintage and period where coverage allows one (its basis and the units of the map).
 * Filters are optional and combine with AND. Word ranks, medians and derivations with
 * src/lib/format/stats.ts.
 */
export function figuresQuery(filter: FigureFilter = {}): Query {
  const where: string[] = [];
  const params: Param[] = [];
  const add = (column: string, value: string | undefined): void => {
    if (value === undefined) return;
    params.push(value);
    where.push(`f.${column} = $${params.length}`);
  };
  add('indicator', filter.indicator);
  add('vintage', filter.vintage);
  add('geo', filter.geo);
  return {
    sql: `SELECT f.indicator, f.vintage, f.geo, f.period, f.period_start, f.period_end, f.value, f.qualifier,
  f.numerator, f.denominator, f.source, f.quote, f.derived, f.members, nullif(f.derived_method, '') AS derived_method,
  r.rank, r.n AS rank_n, r.basis AS rank_basis, r.approx AS rank_approx,
  m.median, m.n AS median_n, m.basis AS median_basis, m.units AS median_units, m.median_rank
FROM figures f
LEFT JOIN ranks r ON r.indicator = f.indicator AND r.vintage = f.vintage AND r.period = f.period AND r.geo = f.geo
LEFT JOIN medians m ON m.indicator = f.indicator AND m.vintage = f.vintage AND m.period = f.period
${where.length ? `WHERE ${where.join(' AND ')}` : ''}
ORDER BY f.indicator, f.vintage, f.period_end, f.period, f.geo`,
    params,
  };
}

/** The medians of one indicator over every period and vintage. */
export function mediansQuery(indicator: string): Query {
  return {
    sql: `SELECT m.vintage, m.period, m.median, m.n, m.basis, m.units, m.median_rank, min(f.period_end) AS period_end
FROM medians m JOIN figures f ON f.indicator = m.indicator AND f.vintage = m.vintage AND f.period = m.period
WHERE m.indicator = $1
GROUP BY ALL ORDER BY m.vintage, period_end`,
    params: [indicator],
  };
}

/**
 * An indicator's published figures that are not province-level: national (`geo` VN, with or
 * without a breakdown), sub-provincial units (`subunit`, e.g. a department or commune, `geo` its
 * province) and province breakdowns. For indicator pages, beside the province map.
 */
export function nationalAndSubunitQuery(indicator: string): Query {
  return {
    sql: `SELECT indicator, vintage, geo, subunit, breakdown, period, period_start, period_end, value, qualifier, numerator, denominator, source, quote, note_vi, note_en
FROM observations
WHERE indicator = $1 AND (geo = 'VN' OR subunit <> '' OR breakdown <> '')
ORDER BY geo = 'VN' DESC, vintage, geo, subunit, breakdown, period_end, period`,
    params: [indicator],
  };
}

/** Events (deadlines, milestones, status facts), optionally of one province; country-wide events have geo 'VN'. */
export function eventsQuery(filter: { vintage?: Vintage; geo?: string } = {}): Query {
  const params: Param[] = [];
  const where: string[] = [];
  if (filter.vintage) {
    params.push(filter.vintage);
    where.push(`vintage = $${params.length}`);
  }
  if (filter.geo) {
    params.push(filter.geo);
    where.push(`geo = $${params.length}`);
  }
  return { sql: `SELECT * FROM events ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY date, id`, params };
}

/** Every published observation (sub-units and breakdowns included), for the sources page. */
export function observationsQuery(filter: { source?: string; indicator?: string } = {}): Query {
  const params: Param[] = [];
  const where: string[] = [];
  if (filter.source) {
    params.push(filter.source);
    where.push(`source = $${params.length}`);
  }
  if (filter.indicator) {
    params.push(filter.indicator);
    where.push(`indicator = $${params.length}`);
  }
  return {
    sql: `SELECT indicator, vintage, geo, subunit, breakdown, period, period_end, value, qualifier, source, quote, note_vi, note_en
FROM observations ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
ORDER BY source, indicator, vintage, geo, subunit, breakdown, period`,
    params,
  };
}
