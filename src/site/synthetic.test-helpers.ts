/**
 * An in-memory database with the baked tables (created from their schemas, src/lib/schema/) and a few synthetic rows,
 * for testing the site's queries without the real bake. Ranks and medians are computed here in SQL,
 * independently of the bake.
 */
import { openDb, type Db } from '../data/db.ts';
import {
  createTableSql, derivedTable, eventsTable, indicatorsTable, observationsTable, sourcesTable, unitsTable,
} from '../lib/schema/index.ts';

export async function syntheticDatabase(): Promise<Db> {
  const db = await openDb(':memory:');
  await db.run(createTableSql(indicatorsTable));
  await db.run(`INSERT INTO indicators VALUES
    ('share', 'Tỷ lệ thử', 'Test share', '', '', 'percent', 'higher_better', 'ratio', '', '', '', '', '', ''),
    ('rank', 'Hạng thử', 'Test rank', '', '', 'rank', 'lower_better', 'none', '', '', '', '', '', '')`);
  await db.run(createTableSql(sourcesTable));
  await db.run(`INSERT INTO sources VALUES ('s1', 'P', 'T', '2019-08-29', 'https://example.invalid/', 'article', '', '')`);
  await db.run(createTableSql(unitsTable));
  await db.run(`INSERT INTO units VALUES ('VN63','01','A','A','city','','',''), ('VN63','02','B','B','province','','',''),
    ('VN63','03','C','C','province','','',''), ('VN34','01','A','A','city','','',''), ('VN34','02','BC','BC','province','','',''),
    ('VN','VN','Việt Nam','Viet Nam','country','','','')`);
  await db.run(createTableSql(eventsTable));
  await db.run(`INSERT INTO events VALUES ('e1','VN63','02','','2019-12-31','2019-12-31','2019-12-31','deadline','missed','Hạn','Deadline','s1','q',''),
    ('e2','VN63','VN','','2020','2020-01-01','2020-12-31','milestone','','Mốc','Milestone','s1','q','')`);
  await db.run(createTableSql(observationsTable));
  await db.run(`INSERT INTO observations VALUES
    ('share','VN63','01','','','2019','2019-01-01','2019-12-31',30,'',3,10,'s1','30%','','','f',2),
    ('share','VN63','02','','','2019','2019-01-01','2019-12-31',20,'',2,10,'s1','20%','','','f',3),
    ('share','VN63','03','','','2019','2019-01-01','2019-12-31',10,'at_least',1,10,'s1','hơn 10%','','','f',4),
    ('share','VN63','VN','','','2019','2019-01-01','2019-12-31',25,'approx',null,null,'s1','khoảng 25%','','','f',5),
    ('share','VN63','02','Sở A','','2019','2019-01-01','2019-12-31',40,'',4,10,'s1','40%','','','f',6)`);
  await db.run(createTableSql(derivedTable));
  await db.run(`INSERT INTO derived VALUES ('share','VN34','02','2019','2019-01-01','2019-12-31',15,'at_least',3,20,'02+03',2,'ratio','s1 s1')`);
  await db.run(`CREATE VIEW figures AS
    SELECT indicator, vintage, geo, period, period_start, period_end, value, qualifier, numerator, denominator, source, quote, false AS derived, '' AS members, '' AS derived_method
      FROM observations WHERE subunit = '' AND breakdown = ''
    UNION ALL
    SELECT indicator, vintage, geo, period, period_start, period_end, value, qualifier, numerator, denominator, '' AS source, '' AS quote, true, members, method FROM derived`);
  await db.run(`CREATE VIEW ranks AS
    SELECT f.indicator, f.vintage, f.period, f.geo,
      rank() OVER (PARTITION BY f.indicator, f.vintage, f.period ORDER BY CASE WHEN i.direction = 'higher_better' THEN -f.value ELSE f.value END) AS rank,
      count(*) OVER (PARTITION BY f.indicator, f.vintage, f.period) AS n,
      'complete' AS basis, f.qualifier <> '' AS approx
    FROM figures f JOIN indicators i ON i.id = f.indicator WHERE f.geo <> 'VN' AND i.direction <> 'neutral' AND NOT f.derived`);
  await db.run(`CREATE VIEW medians AS SELECT indicator, vintage, period, median(value) AS median, count(*) AS n,
      'complete' AS basis, 3 AS units, NULL AS median_rank FROM figures WHERE geo <> 'VN' AND vintage = 'VN63' GROUP BY indicator, vintage, period`);
  return db;
}
