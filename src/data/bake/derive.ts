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

/**
 * SQL creating `derived` for units of at most `width` members. Each group (indicator, period,
 * VN34 unit) holds its members' figures side by side, member j (in code order) in column j: plain
 * aggregates that DuckDB can spill to disk, where list or DISTINCT aggregates over a million rows
 * cannot. Sums then add column 1, 2, … left to right: the members in code order.
 */
export function derivedSql(width: number): string {
  const js = Array.from({ length: Math.max(width, 1) }, (_, j) => j + 1);
  const side = (column: string): string => js.map((j) => `first(${column}) FILTER (WHERE k = ${j}) AS ${column}_${j}`).join(',\n         ');
  const list = (column: string): string => `[${js.map((j) => `${column}_${j}`).join(', ')}]`;
  const total = (column: string): string => js.map((j) => `coalesce(${column}_${j}, 0)`).join(' + ');
  const qualifiers = `list_distinct(list_filter(${list('qualifier')}, q -> q <> ''))`;
  return `
CREATE TABLE derived AS
WITH members AS (
  SELECT vn34_code AS geo, vn63_code, CAST(row_number() OVER (PARTITION BY vn34_code ORDER BY vn63_code) AS INTEGER) AS k
    FROM crosswalk),
units AS (
  SELECT vn34_code AS geo, CAST(count(*) AS INTEGER) AS n_members, string_agg(vn63_code, '+' ORDER BY vn63_code) AS members
    FROM crosswalk GROUP BY vn34_code),
groups AS (
  SELECT o.indicator, o.period, m.geo, any_value(o.period_start) AS period_start, any_value(o.period_end) AS period_end,
         count(*) AS n, bool_and(o.numerator IS NOT NULL AND o.denominator IS NOT NULL) AS with_parts,
         ${side('value')},
         ${side('numerator')},
         ${side('denominator')},
         ${side('qualifier')},
         ${side('source')}
    FROM observations o JOIN members m ON m.vn63_code = o.geo
   WHERE o.vintage = 'VN63' AND o.geo <> 'VN' AND o.subunit = '' AND o.breakdown = ''
   GROUP BY o.indicator, o.period, m.geo),
combined AS (
  SELECT g.*, u.n_members, u.members, i.unit,
         CASE WHEN u.n_members = 1 THEN 'carried_over' WHEN i.aggregation = 'sum' THEN 'sum' ELSE 'ratio' END AS method,
         ${total('value')} AS value_sum, ${total('numerator')} AS numerator_sum, ${total('denominator')} AS denominator_sum,
         ${qualifiers} AS qualifiers
    FROM groups g JOIN units u ON u.geo = g.geo AND g.n = u.n_members JOIN indicators i ON i.id = g.indicator
   WHERE CASE WHEN u.n_members = 1 THEN i.unit <> 'rank'
              WHEN i.aggregation = 'sum' THEN true
              WHEN i.aggregation = 'ratio' THEN g.with_parts AND ${total('denominator')} <> 0
              ELSE false END)
SELECT indicator, 'VN34' AS vintage, geo, period, period_start, period_end,
       CASE method WHEN 'carried_over' THEN value_1
                   WHEN 'sum' THEN ${round6('value_sum')}
                   ELSE ${round6(`numerator_sum / denominator_sum * CASE WHEN unit = 'percent' THEN 100 ELSE 1 END`)} END AS value,
       CASE WHEN method = 'carried_over' THEN qualifier_1
            WHEN len(qualifiers) = 0 THEN ''
            WHEN list_has_any(qualifiers, ['approx', 'near']) THEN 'approx'
            WHEN len(qualifiers) = 1 THEN qualifiers[1]
            ELSE 'approx' END AS qualifier,
       CASE WHEN method = 'carried_over' THEN numerator_1 WHEN with_parts THEN ${round6('numerator_sum')} END AS numerator,
       CASE WHEN method = 'carried_over' THEN denominator_1 WHEN with_parts THEN ${round6('denominator_sum')} END AS denominator,
       members, n_members, method, array_to_string(list_sort(list_distinct(${list('source')})), ' ') AS sources
  FROM combined
 ORDER BY indicator, period, geo`;
}

/** Creates `derived` from the loaded `observations`, `indicators` and `crosswalk`. */
export async function createDerived(db: Db): Promise<void> {
  const [{ width } = { width: 1 }] = await db.all<{ width: number }>('SELECT coalesce(max(n), 1) AS width FROM (SELECT count(*) AS n FROM crosswalk GROUP BY vn34_code)');
  await db.run(derivedSql(width));
}
