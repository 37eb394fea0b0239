/**
 * The `ranks` and `medians` tables of the baked database: statistics that never overstate
 * (docs/CONTRACTS.md, "Baked database"). Both are computed per indicator, map (vintage) and
 * period over the `figures` view, never across the two maps, and count the units of each map
 * from the `units` reference table.
 *
 * Ranks, by `basis`:
 * - `published`: the publisher's own rank, where one is published for that indicator, period and
 *   unit — a rank indicator's own figure, or the companion `…_rank` of a `…_score` indicator;
 *   `n` is the number of units of the map (the publisher ranked them all);
 * - `complete`: computed, where every unit of the map has a published figure;
 * - `partial`: computed over the units with a published figure ("among N with a published figure").
 * Never computed over derived rows, nor where any unit of the group has a published rank, nor for
 * neutral indicators, nor where a single unit has a figure. `approx` marks the rank of a qualified
 * value (about, nearly, a bound): it is not silently tied with an exact one.
 *
 * Medians, by `basis`:
 * - `complete`: every unit of the map has a figure;
 * - `below_known`: the figures come with a published ranking that holds exactly the top k units
 *   (every one ranked, no rank above k): the missing units rank below every published one, so
 *   the median of all units is the value at the middle rank, here among the published;
 * - `published_only`: at least half the units have a figure and the gaps are not known to be
 *   selective: the median of the published, said so.
 * Otherwise no median (the median of a top five says nothing of the country).
 */
import type { Db } from '../db.ts';

/** Rank indicator of a score indicator: `dti_score` → `dti_rank` (a rank indicator of that name must exist). */
const COMPANION = `regexp_replace(s.id, '_score$', '_rank')`;

const UNIT_COUNTS = `unit_counts AS (SELECT vintage, CAST(count(*) AS INTEGER) AS units FROM units WHERE vintage IN ('VN63', 'VN34') GROUP BY vintage)`;

/** SQL creating the `ranks` table. */
export const RANKS_SQL = `
CREATE TABLE ranks AS
WITH ${UNIT_COUNTS},
companion AS (
  SELECT s.id AS indicator, r.id AS rank_indicator
    FROM indicators s JOIN indicators r ON r.id = ${COMPANION} AND r.unit = 'rank'
   WHERE s.unit <> 'rank' AND s.id <> r.id),
published AS (
  SELECT f.indicator, f.vintage, f.period, f.geo, CAST(f.value AS INTEGER) AS rank
    FROM figures f JOIN indicators i ON i.id = f.indicator
   WHERE i.unit = 'rank' AND NOT f.derived AND f.geo <> 'VN'
  UNION ALL
  SELECT c.indicator, r.vintage, r.period, r.geo, CAST(r.value AS INTEGER) AS rank
    FROM companion c
    JOIN figures r ON r.indicator = c.rank_indicator AND NOT r.derived AND r.geo <> 'VN'
    JOIN figures s ON s.indicator = c.indicator AND s.vintage = r.vintage AND s.period = r.period AND s.geo = r.geo AND NOT s.derived),
published_groups AS (SELECT DISTINCT indicator, vintage, period FROM published),
pool AS (
  SELECT f.indicator, f.vintage, f.period, f.geo, f.value, f.qualifier, i.direction
    FROM figures f JOIN indicators i ON i.id = f.indicator
   WHERE f.geo <> 'VN' AND NOT f.derived AND i.direction <> 'neutral' AND i.unit <> 'rank'
     AND NOT EXISTS (SELECT 1 FROM published_groups g WHERE g.indicator = f.indicator AND g.vintage = f.vintage AND g.period = f.period)),
computed AS (
  SELECT indicator, vintage, period, geo, qualifier,
         CAST(rank() OVER (PARTITION BY indicator, vintage, period
                           ORDER BY CASE WHEN direction = 'higher_better' THEN -value ELSE value END) AS INTEGER) AS rank,
         CAST(count(*) OVER (PARTITION BY indicator, vintage, period) AS INTEGER) AS n
    FROM pool)
SELECT * FROM (
  SELECT p.indicator, p.vintage, p.period, p.geo, p.rank, u.units AS n, 'published' AS basis, false AS approx
    FROM published p JOIN unit_counts u ON u.vintage = p.vintage
   WHERE p.rank BETWEEN 1 AND u.units
  UNION ALL
  SELECT c.indicator, c.vintage, c.period, c.geo, c.rank, c.n,
         CASE WHEN c.n = u.units THEN 'complete' ELSE 'partial' END AS basis, c.qualifier <> '' AS approx
    FROM computed c JOIN unit_counts u ON u.vintage = c.vintage
   WHERE c.n > 1)
ORDER BY indicator, vintage, period, rank, geo`;

/** SQL creating the `medians` table (after `ranks`). */
export const MEDIANS_SQL = `
CREATE TABLE medians AS
WITH ${UNIT_COUNTS},
-- read twice (all groups, then the rank-ordered few): NOT MATERIALIZED, else DuckDB keeps every
-- figure in a temporary table first (10M synthetic rows: medians 14.4 s, 7.8 s without)
pool AS NOT MATERIALIZED (
  SELECT f.indicator, f.vintage, f.period, f.geo, f.value, f.qualifier, i.direction
    FROM figures f JOIN indicators i ON i.id = f.indicator
   WHERE f.geo <> 'VN' AND i.unit <> 'rank'),
grp AS (
  SELECT p.indicator, p.vintage, p.period, any_value(p.direction) AS direction, median(p.value) AS med,
         CAST(count(*) AS INTEGER) AS n, CAST(count(*) FILTER (WHERE p.qualifier <> '') AS INTEGER) AS n_qualified,
         count(r.rank) AS ranked, max(r.rank) AS max_rank
    FROM pool p
    LEFT JOIN ranks r ON r.indicator = p.indicator AND r.vintage = p.vintage AND r.period = p.period AND r.geo = p.geo AND r.basis = 'published'
   GROUP BY p.indicator, p.vintage, p.period),
judged AS (
  SELECT g.*, u.units,
         CASE WHEN g.n = u.units THEN 'complete'
              WHEN g.ranked = g.n AND g.max_rank <= g.n AND u.units // 2 + 1 <= g.n THEN 'below_known'
              WHEN g.ranked = 0 AND g.n * 2 >= u.units THEN 'published_only' END AS basis
    FROM grp g JOIN unit_counts u ON u.vintage = g.vintage),
-- the figures in rank order, only in the groups whose median is read at a rank (ordering every group costs half the bake's statistics)
ordered AS (
  SELECT p.indicator, p.vintage, p.period, p.value,
         row_number() OVER (PARTITION BY p.indicator, p.vintage, p.period
                            ORDER BY CASE WHEN p.direction = 'higher_better' THEN -p.value ELSE p.value END, p.geo) AS pos
    FROM pool p JOIN judged j ON j.indicator = p.indicator AND j.vintage = p.vintage AND j.period = p.period
   WHERE j.basis = 'below_known')
SELECT j.indicator, j.vintage, j.period,
       CASE WHEN j.basis = 'below_known'
            THEN (SELECT avg(o.value) FROM ordered o
                   WHERE o.indicator = j.indicator AND o.vintage = j.vintage AND o.period = j.period
                     AND o.pos IN ((j.units + 1) // 2, j.units // 2 + 1))
            ELSE j.med END AS median,
       j.n, j.n_qualified, j.basis, j.units,
       CASE WHEN j.basis = 'below_known' THEN CAST((j.units + 1) // 2 AS INTEGER) END AS median_rank
  FROM judged j
 WHERE j.basis IS NOT NULL
 ORDER BY ALL`;

const COMMENTS: readonly (readonly [string, string, string])[] = [
  ['ranks', 'indicator', 'indicator id'],
  ['ranks', 'vintage', 'administrative map: VN63 or VN34'],
  ['ranks', 'period', 'ISO 8601 period'],
  ['ranks', 'geo', 'province code of that vintage'],
  ['ranks', 'rank', 'rank, 1 = best'],
  ['ranks', 'n', 'published or complete: the units of the map; partial: the units with a published figure'],
  ['ranks', 'basis', 'published (the publisher\u2019s rank), complete (computed over every unit of the map) or partial (computed over those with a published figure)'],
  ['ranks', 'approx', 'true when the value is qualified (about, nearly, a bound): the rank is approximate'],
  ['medians', 'indicator', 'indicator id'],
  ['medians', 'vintage', 'administrative map: VN63 or VN34'],
  ['medians', 'period', 'ISO 8601 period'],
  ['medians', 'median', 'the median (below_known: the value at the middle rank of all units)'],
  ['medians', 'n', 'number of units with a figure'],
  ['medians', 'n_qualified', 'how many of them are bounds or approximations (more than, about, nearly)'],
  ['medians', 'basis', 'complete (every unit has a figure), below_known (the missing ones rank below every published one) or published_only (median of the published)'],
  ['medians', 'units', 'units on that map'],
  ['medians', 'median_rank', 'below_known: the rank whose value is the median (32 of 63; 17 and 18 of 34 are averaged)'],
];

/** Creates `ranks` and `medians` (the `figures` view, `indicators` and `units` must exist). */
export async function createStatistics(db: Db, sqlString: (text: string) => string): Promise<void> {
  await db.run(RANKS_SQL);
  await db.run(`COMMENT ON TABLE ranks IS ${sqlString('Rank of each province per indicator, period and map: the publisher\u2019s where published, else computed over published (never derived) figures, saying whether over every unit of the map or only those with a figure')}`);
  await db.run(MEDIANS_SQL);
  await db.run(`COMMENT ON TABLE medians IS ${sqlString('Median per indicator, period and map, only where coverage allows: complete, below_known (missing units rank below every published one) or published_only')}`);
  for (const [table, column, text] of COMMENTS) await db.run(`COMMENT ON COLUMN ${table}.${column} IS ${sqlString(text)}`);
}
