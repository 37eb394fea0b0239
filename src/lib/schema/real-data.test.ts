// Every row the checker passes from the real data/ directory, and every VN34 row the bake derives
// from them, satisfies its table's valibot row schema: the declared row types hold at run time.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveVn34 } from '../../data/bake/derive-js.test-helpers.ts';
import { checkData } from '../../data/check/index.ts';
import {
  aliasesTable, crosswalkTable, derivedTable, eventsTable, indicatorsTable, observationsTable, rowIssues, sourcesTable,
  unitsTable, type Table,
} from './index.ts';

const DATA = join(import.meta.dirname, '../../../data');

describe('the real data', () => {
  it("passes the checker, and each of its rows satisfies its table's valibot schema", async () => {
    const { problems, dataset: d, observations = [] } = await checkData(DATA, { displayRoot: 'data', keepRows: true });
    expect(problems).toEqual([]);
    // the derivation as the bake's SQL does it, checked equal to it in derive.test.ts
    const derived = deriveVn34(observations, d.indicators, d.crosswalk);
    const tables: [Table, readonly unknown[]][] = [
      [indicatorsTable, d.indicators], [sourcesTable, d.sources], [unitsTable, d.units], [crosswalkTable, d.crosswalk],
      [aliasesTable, d.aliases], [eventsTable, d.events], [observationsTable, observations], [derivedTable, derived],
    ];
    for (const [table, rows] of tables) {
      expect(rows.length, table.name).toBeGreaterThan(0);
      expect(rowIssues(table, rows), table.name).toEqual([]);
    }
  });
});
