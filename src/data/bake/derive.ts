/**
 * The `derived` table: VN63 province figures re-aggregated onto the VN34 map, in SQL, only where
 * that is honest (ARCHITECTURE.md, "Honesty rules"):
 * - a unit formed from one VN63 province carries its figure over (same territory), except ranks,
 *   which are relative to the 63 and mean nothing among 34;
 * - a unit formed from several provinces gets a figure only when every member has one for the
 *   same period, and only for `sum` indicators (values added) or `ratio` indicators (numerators
 *   and denominators added: every member must publish both). Scores, ranks and rates without
 *   their parts are never combined.
 * Only province-level rows take part: no national rows, sub-provincial units or breakdowns.
 *
 * Sums add the members' values in member-code order, as JavaScript's loop did, and are rounded
 * to 6 decimals as Math.round(x × 1e6) / 1e6 (published figures have few decimals; sums of
 * decimals pick up binary noise). Qualifiers combine as a sum of qualified figures may be said:
 * "more than a" + "more than b" is "more than a+b"; an approximate part makes the whole
 * approximate; bounds in opposite directions give no bound (approx).
 */
import type { Db } from '../db.ts';

/** Math.round(x * 1e6) / 1e6 of JavaScript (half up; beyond 2^52 there is no fraction to round). */
const round6 = (x: string): string => `CASE WHEN abs(${x}) * 1e6 >= 4503599627370496 THEN ${x} ELSE floor(${x} * 1e6 + 0.5) / 1e6 END`;
/** The members' values added left to right in code order. */
const total = (column: string): string => `list_reduce(list(${column} ORDER BY member), (a, b) -> a + b)`;

export const DERIVED_SQL = `
CREATE TABLE derived AS
WITH units AS (
  SELECT vn34_code AS geo, CAST(count(*) AS INTEGER) AS n_members, string_agg(vn63_code, '+' ORDER BY vn63_code) AS members
    FROM crosswalk GROUP BY vn34_code),
parts AS (
  SELECT o.indicator, o.period, o.period_start, o.period_end, c.vn34_code AS geo, o.geo AS member,
         o.value, o.qualifier, o.numerator, o.denominator, o.source
    FROM observations o JOIN crosswalk c ON c.vn63_code = o.geo
   WHERE o.vintage = 'VN63' AND o.geo <> 'VN' AND o.subunit = '' AND o.breakdown = ''),
groups AS (
  SELECT indicator, period, geo, any_value(period_start) AS period_start, any_value(period_end) AS period_end,
         count(*) AS n, any_value(value) AS value1, any_value(qualifier) AS qualifier1,
         any_value(numerator) AS numerator1, any_value(denominator) AS denominator1,
         bool_and(numerator IS NOT NULL AND denominator IS NOT NULL) AS with_parts,
         ${total('value')} AS value_sum,
         ${total('numerator')} AS numerator_sum,
         ${total('denominator')} AS denominator_sum,
         count(DISTINCT nullif(qualifier, '')) AS n_qualifiers,
         bool_or(qualifier IN ('approx', 'near')) AS approximate,
         max(nullif(qualifier, '')) AS a_qualifier,
         string_agg(DISTINCT source, ' ' ORDER BY source) AS sources
    FROM parts GROUP BY indicator, period, geo),
combined AS (
  SELECT g.*, u.n_members, u.members, i.unit, i.aggregation,
         CASE WHEN u.n_members = 1 THEN 'carried_over' WHEN i.aggregation = 'sum' THEN 'sum' ELSE 'ratio' END AS method
    FROM groups g JOIN units u ON u.geo = g.geo AND g.n = u.n_members JOIN indicators i ON i.id = g.indicator
   WHERE CASE WHEN u.n_members = 1 THEN i.unit <> 'rank'
              WHEN i.aggregation = 'sum' THEN true
              WHEN i.aggregation = 'ratio' THEN g.with_parts AND g.denominator_sum <> 0
              ELSE false END)
SELECT indicator, 'VN34' AS vintage, geo, period, period_start, period_end,
       CASE method WHEN 'carried_over' THEN value1
                   WHEN 'sum' THEN ${round6('value_sum')}
                   ELSE ${round6(`numerator_sum / denominator_sum * CASE WHEN unit = 'percent' THEN 100 ELSE 1 END`)} END AS value,
       CASE WHEN method = 'carried_over' THEN qualifier1
            WHEN n_qualifiers = 0 THEN ''
            WHEN approximate THEN 'approx'
            WHEN n_qualifiers = 1 THEN a_qualifier
            ELSE 'approx' END AS qualifier,
       CASE WHEN method = 'carried_over' THEN numerator1 WHEN with_parts THEN ${round6('numerator_sum')} END AS numerator,
       CASE WHEN method = 'carried_over' THEN denominator1 WHEN with_parts THEN ${round6('denominator_sum')} END AS denominator,
       members, n_members, method, sources
  FROM combined
 ORDER BY indicator, period, geo`;

/** Creates `derived` from the loaded `observations`, `indicators` and `crosswalk`. */
export async function createDerived(db: Db): Promise<void> {
  await db.run(DERIVED_SQL);
}
