import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';

export type Row = Record<string, unknown>;
export type Param = string | number | boolean | null;

/** A build-time DuckDB database: one instance, one connection, closed by `close()`. */
export interface Db {
  /** Runs SQL with `$1`-style parameters and returns plain JS rows (BIGINT → number, DATE → ISO string). */
  all<T = Row>(sql: string, params?: Param[]): Promise<T[]>;
  run(sql: string, params?: Param[]): Promise<void>;
  connection: DuckDBConnection;
  close(): void;
}

/** Opens a DuckDB file (or ':memory:'); `readOnly` for every consumer but the bake. */
export async function openDb(path: string, options: { readOnly?: boolean } = {}): Promise<Db> {
  const instance = await DuckDBInstance.create(path, options.readOnly ? { access_mode: 'READ_ONLY' } : {});
  const connection = await instance.connect();
  const prepare = async (sql: string, params: Param[]) => {
    if (params.length === 0) return null;
    const statement = await connection.prepare(sql);
    statement.bind(params as DuckDBValue[]);
    return statement;
  };
  return {
    connection,
    async all<T = Row>(sql: string, params: Param[] = []): Promise<T[]> {
      const statement = await prepare(sql, params);
      const reader = statement ? await statement.runAndReadAll() : await connection.runAndReadAll(sql);
      return reader.getRowObjectsJS().map((row) => plain(row) as Row) as T[];
    },
    async run(sql: string, params: Param[] = []): Promise<void> {
      const statement = await prepare(sql, params);
      if (statement) await statement.run();
      else await connection.run(sql);
    },
    close(): void {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

// BIGINT (counts) become numbers: every count in this project fits in a double. Dates and
// timestamps become ISO strings, decimals doubles, lists and structs plain arrays and objects.
/** One DuckDB value as the plain JS value `all()` gives (exported for callers that read columns themselves). */
export function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plain);
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  const object = value as Record<string, unknown> & { toDouble?: () => number; toString(): string };
  const kind = object.constructor?.name ?? '';
  if (kind === 'DuckDBDecimalValue' && typeof object.toDouble === 'function') return object.toDouble();
  if (kind.startsWith('DuckDBDate') || kind.startsWith('DuckDBTime')) return object.toString();
  if (kind === 'DuckDBListValue' || kind === 'DuckDBArrayValue') return plain((object as unknown as { items: unknown[] }).items);
  if (kind === 'DuckDBStructValue') return plain((object as unknown as { entries: Record<string, unknown> }).entries);
  if (kind.startsWith('DuckDB')) return object.toString();
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, plain(v)]));
}
