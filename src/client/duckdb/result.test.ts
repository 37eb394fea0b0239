import { tableFromArrays, tableFromIPC, tableToIPC, Table, vectorFromArray, Utf8, DateDay, Int64, makeTable } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { appendRows, fromArrow, toRowObjects } from './result.ts';

describe('fromArrow', () => {
  it('turns Arrow columns into plain cells: numbers, text, ISO dates, nulls', () => {
    const table = new Table({
      code: vectorFromArray(['01', null, '79'], new Utf8()),
      n: vectorFromArray([1n, 2n, 3n], new Int64()),
      value: vectorFromArray([62.5, null, 0]),
      day: vectorFromArray([new Date('2019-07-30T00:00:00Z'), new Date('2025-07-01T00:00:00Z'), null], new DateDay()),
    });
    const result = fromArrow(table);
    expect(result.rowCount).toBe(3);
    expect(result.columns.map((c) => [c.name, c.kind])).toEqual([['code', 'string'], ['n', 'number'], ['value', 'number'], ['day', 'date']]);
    expect(toRowObjects(result)).toEqual([
      { code: '01', n: 1, value: 62.5, day: '2019-07-30' },
      { code: null, n: 2, value: null, day: '2025-07-01' },
      { code: '79', n: 3, value: 0, day: null },
    ]);
  });
  it('reads a window of rows and appends pages', () => {
    const table = tableFromArrays({ n: Int32Array.from({ length: 10 }, (_, i) => i) });
    const first = fromArrow(table, 0, 4);
    const second = fromArrow(table, 4, 100);
    expect(second.rowCount).toBe(6);
    expect(appendRows(first, second).columns[0]?.values).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
  it('survives an IPC round trip, as results arrive from the worker', () => {
    const table = tableFromIPC(tableToIPC(makeTable({ x: Float64Array.from([0.1, 0.2]) })));
    expect(fromArrow(table).columns[0]?.values).toEqual([0.1, 0.2]);
  });
});
