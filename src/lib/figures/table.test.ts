import { describe, expect, it } from 'vitest';
import { mapModel } from './map.ts';
import { CTX, syntheticData } from './synthetic.test-helpers.ts';
import { COLUMNS, nextSort, sortRows } from './table.ts';

const rows = mapModel(syntheticData(), { indicator: 'test_share', vintage: 'VN63', period: '2020', tab: 'table', picks: [] }, 'vi', CTX).rows;

describe('sortRows', () => {
  it('keeps the model order without a sort', () => {
    expect(sortRows(rows, null).map((r) => r.geo)).toEqual(rows.map((r) => r.geo));
  });
  it('sorts by value both ways, the missing figure last either way', () => {
    expect(sortRows(rows, { column: 'value', dir: 1 }).map((r) => r.geo)).toEqual(['04', '05', '01', '02', '03']);
    expect(sortRows(rows, { column: 'value', dir: -1 }).map((r) => r.geo)).toEqual(['02', '01', '05', '04', '03']);
  });
  it('sorts by name in Vietnamese order and by every other column without throwing', () => {
    expect(sortRows(rows, { column: 'name', dir: -1 }).map((r) => r.geo)).toEqual(['05', '04', '03', '02', '01']);
    for (const column of COLUMNS) expect(sortRows(rows, { column, dir: 1 })).toHaveLength(rows.length);
  });
});

describe('nextSort', () => {
  it('goes ascending, then descending, and restarts on another column', () => {
    const a = nextSort(null, 'value');
    expect(a).toEqual({ column: 'value', dir: 1 });
    expect(nextSort(a, 'value')).toEqual({ column: 'value', dir: -1 });
    expect(nextSort(a, 'name')).toEqual({ column: 'name', dir: 1 });
  });
});
