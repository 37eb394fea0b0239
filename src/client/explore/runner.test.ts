import { describe, expect, it } from 'vitest';
import type { ResultStream, RunningQuery } from '../duckdb/engine.ts';
import type { ResultTable } from '../duckdb/result.ts';
import { createRunner, emptyTable, type RunnerEngine } from './runner.ts';

// A fake engine over an in-memory list of numbers, served in batches of 4 like DuckDB's chunks.
function fakeEngine(total: number): RunnerEngine & { closed: number; cancelled: number } {
  const state = { closed: 0, cancelled: 0 };
  return Object.assign(state, {
    startQuery(_sql: string): RunningQuery {
      let next = 0;
      const stream: ResultStream = {
        schema: { fields: [{ name: 'n', type: { typeId: 2, toString: () => 'Int32' } }] } as unknown as ResultStream['schema'],
        async read(rows: number): Promise<ResultTable | null> {
          if (next >= total) return null;
          const values: number[] = [];
          while (values.length < rows && next < total) for (let i = 0; i < 4 && next < total; i++) values.push(next++);
          return { columns: [{ name: 'n', kind: 'number', type: 'Int32', values }], rowCount: values.length };
        },
        async close(): Promise<void> {
          state.closed++;
        },
      };
      return { result: Promise.resolve(stream), cancel: async () => void state.cancelled++ };
    },
  });
}

describe('createRunner', () => {
  it('shows the first rows, then more on request, then says there is no more', async () => {
    const engine = fakeEngine(10);
    const runner = createRunner(engine, () => 0);
    const first = await runner.run('select', 4);
    expect(first.table.columns[0]?.values).toEqual([0, 1, 2, 3]);
    expect(first.more).toBe(true);
    const second = await runner.more(4);
    expect(second?.table.rowCount).toBe(8);
    const rest = await runner.rest();
    expect(rest?.table.columns[0]?.values).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(rest?.more).toBe(false);
  });
  it('closes the connection at once when the whole result fits', async () => {
    const engine = fakeEngine(3);
    const runner = createRunner(engine, () => 0);
    const page = await runner.run('select', 100);
    expect(page.more).toBe(false);
    expect(engine.closed).toBe(1);
    expect(await runner.more(100)).toBeNull();
  });
  it('closes the previous result when a new query runs', async () => {
    const engine = fakeEngine(100);
    const runner = createRunner(engine, () => 0);
    await runner.run('select', 4);
    expect(engine.closed).toBe(0);
    await runner.run('select', 4);
    expect(engine.closed).toBe(1);
  });
  it('gives typed empty columns for a result without rows', async () => {
    const runner = createRunner(fakeEngine(0), () => 0);
    const page = await runner.run('select', 10);
    expect(page.table).toEqual({ rowCount: 0, columns: [{ name: 'n', kind: 'number', type: 'Int32', values: [] }] });
  });

  it('gives a statement without a result set (ATTACH, INSTALL: no Arrow schema) a table of no columns, not an error', async () => {
    expect(emptyTable({ schema: undefined as unknown as ResultStream['schema'] })).toEqual({ columns: [], rowCount: 0 });
    let closed = 0;
    const engine: RunnerEngine = {
      startQuery: () => ({
        result: Promise.resolve({
          schema: undefined as unknown as ResultStream['schema'],
          read: async () => null,
          close: async () => void closed++,
        }),
        cancel: async () => undefined,
      }),
    };
    const page = await createRunner(engine, () => 0).run("ATTACH ':memory:' AS scratch", 100);
    expect(page.table).toEqual({ columns: [], rowCount: 0 });
    expect(page.more).toBe(false);
    expect(closed).toBe(1);
  });
});
