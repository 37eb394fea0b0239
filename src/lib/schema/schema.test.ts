// A column added to a table's schema reaches every place derived from it: the row type, the
// checker's header and required fields, the DuckDB table and the data package. Each test derives
// from a test-local extension of the real observations schema, never from a copy of its columns.
import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { openDb } from '../../data/db.ts';
import { datapackage } from '../../data/bake/datapackage.ts';
import { TABLES, tableSpec } from '../../data/bake/tables.ts';
import { checkHeader } from '../../data/check/header.ts';
import { OBSERVATION_COLUMNS } from '../../data/check/schema.ts';
import type { Observation } from '../types.ts';
import {
  BAKED_TABLES, checkRow, columnNumbers, computed, createTableSql, csvColumns, day, double, fieldIndexes, observationsTable,
  picklist, requiredFields, table, type CsvColumnOf, type RowOf,
} from './index.ts';

const CONFIDENCE = ['', 'low', 'high'] as const;
// The observations with three more columns: a coded one the file must give, a number it may
// leave empty, and a day the bake computes.
const extended = table({
  ...observationsTable,
  name: 'observations_extended',
  columns: [
    ...observationsTable.columns,
    picklist('confidence', CONFIDENCE, 'how sure the source is', { required: true }),
    double('weight', 'weight of the figure'),
    computed(day('checked_on', 'day the figure was last checked')),
  ],
});
type Extended = RowOf<typeof extended>;

// A row of the extended table that every column's schema accepts.
const row: Extended = {
  indicator: 'share', vintage: 'VN63', geo: '01', subunit: '', breakdown: '', period: '2019', period_start: '2019-01-01',
  period_end: '2019-12-31', value: 30, qualifier: '', numerator: null, denominator: null, source: 's1', quote: '30%',
  note_vi: '', note_en: '', file: 'data/observations/x.csv', line: 2, confidence: 'high', weight: null, checked_on: '2020-01-31',
};

describe('a column added to a schema', () => {
  it('is in the row type with its value type; a computed one too, but not among the CSV columns', () => {
    expectTypeOf<Extended>().toHaveProperty('confidence');
    expectTypeOf<Extended['confidence']>().toEqualTypeOf<'' | 'low' | 'high'>();
    expectTypeOf<Extended['weight']>().toEqualTypeOf<number | null>();
    expectTypeOf<Extended['checked_on']>().toEqualTypeOf<string>();
    expectTypeOf<Extended>().toMatchTypeOf<Observation>();
    expectTypeOf<'weight'>().toMatchTypeOf<CsvColumnOf<typeof extended>>();
    expectTypeOf<'checked_on'>().not.toMatchTypeOf<CsvColumnOf<typeof extended>>();
  });

  it('is in the valibot row schema, which accepts a row of its values and refuses one outside a picklist', () => {
    expect(Object.keys(extended.rowSchema.entries)).toEqual(extended.columns.map((c) => c.name));
    expectTypeOf<v.InferOutput<typeof extended.rowSchema>>().toEqualTypeOf<Extended>();
    expect(checkRow(extended, row)).toEqual({ ok: true, row });
    const bad = { ...row, confidence: 'certain' };
    const result = v.safeParse(extended.rowSchema, bad);
    expect(result.success).toBe(false);
    expect(result.issues?.map((i) => i.path?.map((p) => p.key))).toEqual([['confidence']]);
    expect(checkRow(extended, bad)).toMatchObject({ ok: false, issues: [{ column: 'confidence' }] });
    // an empty number is null, never a missing key; a computed day is a day
    expect(v.safeParse(extended.rowSchema, { ...row, weight: undefined }).success).toBe(false);
    expect(v.safeParse(extended.rowSchema, { ...row, checked_on: '31/01/2020' }).success).toBe(false);
  });

  it('carries its description and DuckDB type in its valibot schema', () => {
    const weight = extended.columns.find((c) => c.name === 'weight')!;
    expect(v.getDescription(weight.schema)).toBe('weight of the figure');
    expect(v.getMetadata(weight.schema)).toEqual({ type: 'DOUBLE', required: false });
  });

  it("is in the checker's header, after the others and without the computed one, and required when declared so", () => {
    const header = csvColumns(extended);
    expect(header).toEqual([...csvColumns(observationsTable), 'confidence', 'weight']);
    expect(header).not.toContain('checked_on');
    // a file with the old header now misses the new column, at the column where it belongs
    const problems = checkHeader(csvColumns(observationsTable), header, 'data/observations/x.csv');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 1, column: header.indexOf('confidence') + 1 });
    expect(problems[0]?.message).toMatch(/^missing column "confidence"/);
    expect(requiredFields(extended).map((r) => r.name)).toContain('confidence');
    expect(requiredFields(extended).map((r) => r.name)).not.toContain('weight');
    expect(fieldIndexes(extended).weight).toBe(header.indexOf('weight'));
    expect(columnNumbers(extended).confidence).toBe(header.indexOf('confidence') + 1);
  });

  it('is a column of the DuckDB table, computed ones included, with its type', async () => {
    const db = await openDb(':memory:');
    try {
      await db.run(createTableSql(extended));
      const columns = await db.all<{ column_name: string; data_type: string }>(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'observations_extended' ORDER BY ordinal_position",
      );
      expect(columns.map((c) => c.column_name)).toEqual(extended.columns.map((c) => c.name));
      expect(columns.slice(-3)).toEqual([
        { column_name: 'confidence', data_type: 'VARCHAR' },
        { column_name: 'weight', data_type: 'DOUBLE' },
        { column_name: 'checked_on', data_type: 'DATE' },
      ]);
    } finally {
      db.close();
    }
  });

  it("is a field of the data package, with its allowed values (the empty cell is a missing value, not a value)", () => {
    const pkg = datapackage([tableSpec(extended)], (name) => `${name}.csv`) as {
      resources: { schema: { fields: { name: string; type: string; constraints?: { enum: string[] } }[] } }[];
    };
    const fields = pkg.resources[0]!.schema.fields;
    expect(fields.map((f) => f.name)).toEqual(extended.columns.map((c) => c.name));
    expect(fields.find((f) => f.name === 'confidence')).toMatchObject({ type: 'string', constraints: { enum: ['low', 'high'] } });
    expect(fields.find((f) => f.name === 'weight')).toMatchObject({ type: 'number' });
    expect(fields.find((f) => f.name === 'checked_on')).toMatchObject({ type: 'date' });
  });
});

describe('the real schemas', () => {
  it('are what the checker and the bake use', () => {
    expect(OBSERVATION_COLUMNS).toEqual(csvColumns(observationsTable));
    expect(TABLES).toEqual(BAKED_TABLES.map(tableSpec));
    expect(TABLES.map((t) => t.name)).toEqual(['indicators', 'sources', 'units', 'crosswalk', 'events', 'observations', 'derived']);
  });

  it('declare keys and references on existing columns, and allowed values only on text columns', () => {
    const names = new Set(BAKED_TABLES.map((t) => t.name));
    for (const t of BAKED_TABLES) {
      const columns = new Set<string>(t.columns.map((c) => c.name));
      for (const k of t.primaryKey ?? []) expect(columns, `${t.name}.${k}`).toContain(k);
      for (const fk of t.foreignKeys ?? []) {
        for (const f of fk.fields) expect(columns, `${t.name}.${f}`).toContain(f);
        expect(names).toContain(fk.reference.resource);
      }
      for (const c of t.columns) if (c.values) expect(c.type, `${t.name}.${c.name}`).toBe('VARCHAR');
    }
  });
});
