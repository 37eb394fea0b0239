/**
 * Runs the explorer's one query at a time: a new run closes the previous result, the first rows
 * come back quickly, more on request, and a run can be cancelled at any stage.
 */
import type { ResultStream, RunningQuery } from '../duckdb/engine.ts';
import { appendRows, kindOf, type ResultTable } from '../duckdb/result.ts';

export interface RunnerEngine {
  startQuery(sql: string): RunningQuery;
}

export interface Page {
  table: ResultTable;
  /** true while the result may have more rows than shown */
  more: boolean;
  ms: number;
}

export interface Runner {
  run(sql: string, rows: number): Promise<Page>;
  /** adds up to `rows` more rows to the last page; null when there was nothing more */
  more(rows: number): Promise<Page | null>;
  /** reads every remaining row (for the CSV download) */
  rest(): Promise<Page | null>;
  cancel(): Promise<void>;
}

/** A runner over an engine (the real one in the page, a fake in tests). */
export function createRunner(engine: RunnerEngine, now: () => number = () => performance.now()): Runner {
  let running: RunningQuery | null = null;
  let stream: ResultStream | null = null;
  let last: Page | null = null;

  async function closeCurrent(): Promise<void> {
    const [oldRunning, oldStream] = [running, stream];
    running = null;
    stream = null;
    last = null;
    if (oldStream) await oldStream.close();
    else if (oldRunning) await oldRunning.cancel();
  }

  async function extend(rows: number): Promise<Page | null> {
    if (!stream || !last || !last.more) return null;
    const start = now();
    const next = await stream.read(rows);
    if (!next) {
      last = { ...last, more: false };
      return last;
    }
    last = { table: appendRows(last.table, next), more: next.rowCount >= rows, ms: now() - start };
    return last;
  }

  return {
    async run(sql: string, rows: number): Promise<Page> {
      await closeCurrent();
      const start = now();
      const mine = engine.startQuery(sql);
      running = mine;
      const opened = await mine.result;
      if (running !== mine) {
        await opened.close();
        throw new Error('query cancelled');
      }
      stream = opened;
      const first = await opened.read(rows);
      const table = first ?? emptyTable(opened);
      last = { table, more: first !== null && first.rowCount >= rows, ms: now() - start };
      if (!last.more) {
        // The whole result is in hand: give the connection back at once.
        stream = null;
        running = null;
        await opened.close();
      }
      return last;
    },
    more: extend,
    async rest(): Promise<Page | null> {
      let page = last;
      while (page?.more) page = await extend(50_000);
      return page;
    },
    cancel: closeCurrent,
  };
}

/**
 * The empty table of a result: its columns, or none at all for a statement without a result set
 * (`ATTACH`, `INSTALL`, `SET`), whose Arrow stream carries no schema.
 */
export function emptyTable(stream: Pick<ResultStream, 'schema'>): ResultTable {
  const schema = stream.schema as ResultStream['schema'] | undefined;
  if (!schema?.fields) return { columns: [], rowCount: 0 };
  return { columns: schema.fields.map((f) => ({ name: f.name, kind: kindOf(f.type.typeId), type: String(f.type), values: [] })), rowCount: 0 };
}
