/**
 * The correlation view's SQL: two indicators (each at one period) on the same map, one row per
 * province that has both, with Pearson's r and the least-squares line over all those provinces.
 */
import type { BuiltQuery } from './schema.ts';

export interface SeriesPick {
  indicator: string;
  period: string;
}

export interface CorrelationPick {
  vintage: 'VN63' | 'VN34';
  x: SeriesPick;
  y: SeriesPick;
}

const ID = /^[a-z0-9_]+$/;

/**
 * Rows: geo, name_vi, name_en, x, y, derived_x, derived_y, n, r, slope, intercept (the last four
 * repeat on every row). A published figure wins over a derived one for the same province.
 */
export function correlationQuery(pick: CorrelationPick): BuiltQuery {
  for (const series of [pick.x, pick.y]) {
    if (!ID.test(series.indicator)) throw new Error(`invalid indicator id: ${series.indicator}`);
    if (series.period === '') throw new Error('empty period');
  }
  if (pick.vintage !== 'VN63' && pick.vintage !== 'VN34') throw new Error(`invalid vintage: ${String(pick.vintage)}`);
  return {
    sql: `WITH xs AS (
  SELECT geo, value, derived FROM figures
  WHERE indicator = $1 AND period = $2 AND vintage = $5 AND geo <> 'VN' AND value IS NOT NULL
  QUALIFY row_number() OVER (PARTITION BY geo ORDER BY derived) = 1
), ys AS (
  SELECT geo, value, derived FROM figures
  WHERE indicator = $3 AND period = $4 AND vintage = $5 AND geo <> 'VN' AND value IS NOT NULL
  QUALIFY row_number() OVER (PARTITION BY geo ORDER BY derived) = 1
), pairs AS (
  SELECT xs.geo, coalesce(u.name_vi, xs.geo) AS name_vi, coalesce(u.name_en, xs.geo) AS name_en,
         xs.value AS x, ys.value AS y, xs.derived AS derived_x, ys.derived AS derived_y
  FROM xs JOIN ys ON ys.geo = xs.geo
  LEFT JOIN units AS u ON u.vintage = $5 AND u.code = xs.geo
)
SELECT geo, name_vi, name_en, x, y, derived_x, derived_y,
       count(*) OVER () AS n,
       corr(y, x) OVER () AS r,
       regr_slope(y, x) OVER () AS slope,
       regr_intercept(y, x) OVER () AS intercept
FROM pairs
ORDER BY geo`,
    params: [pick.x.indicator, pick.x.period, pick.y.indicator, pick.y.period, pick.vintage],
  };
}

/**
 * The indicator-period series that can enter a correlation: at least `minProvinces` provinces.
 * Rows: indicator, name_vi, name_en, unit, vintage, period, n.
 */
export function seriesQuery(minProvinces = 3): BuiltQuery {
  if (!Number.isInteger(minProvinces) || minProvinces < 2) throw new Error(`invalid minimum: ${minProvinces}`);
  return {
    sql: `SELECT f.indicator, i.name_vi, i.name_en, i.unit, f.vintage, f.period, count(DISTINCT f.geo) AS n
FROM figures AS f JOIN indicators AS i ON i.id = f.indicator
WHERE f.geo <> 'VN' AND f.value IS NOT NULL
GROUP BY f.indicator, i.name_vi, i.name_en, i.unit, f.vintage, f.period
HAVING count(DISTINCT f.geo) >= $1
ORDER BY f.indicator, f.vintage, f.period`,
    params: [minProvinces],
  };
}
