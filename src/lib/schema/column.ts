/**
 * The building blocks of the table schemas: a column declares its name, its DuckDB type, its
 * description, its allowed values where coded, whether a CSV cell may be empty, and whether the
 * bake computes it (then it is no CSV column). Each column also carries its TypeScript value type,
 * so a table's row type is derived from the declaration (`RowOf`), never written a second time.
 * Browser-safe: no imports.
 */

export type DuckType = 'VARCHAR' | 'DOUBLE' | 'INTEGER' | 'DATE' | 'BOOLEAN';

export interface Column<N extends string = string, T = unknown, D extends boolean = boolean> {
  readonly name: N;
  readonly type: DuckType;
  readonly description: string;
  /** the CSV cell may not be empty */
  readonly required: boolean;
  /** computed by the checker or the bake (period_start, file, …): in the row and the database, not in the CSV */
  readonly computed: D;
  /** the values a cell may hold; `''` among them when an empty cell is allowed */
  readonly values?: readonly string[];
  /** type only: the value of this column in a row (never set at run time) */
  readonly '~value': T;
}

export interface ColumnOptions {
  required?: boolean;
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface Table<C extends readonly Column[] = readonly Column[]> {
  readonly name: string;
  readonly description: string;
  readonly columns: C;
  /** the columns that identify a row: never empty, unique together */
  readonly primaryKey?: readonly string[];
  readonly foreignKeys?: readonly ForeignKey[];
}

function column<N extends string, T>(
  name: N, type: DuckType, description: string, options: ColumnOptions, values?: readonly string[],
): Column<N, T, false> {
  const spec = { name, type, description, required: options.required ?? false, computed: false as const, ...(values ? { values } : {}) };
  return spec as typeof spec & { '~value': T };
}

/** A text column (empty text is a missing value). */
export function text<N extends string>(name: N, description: string, options: ColumnOptions = {}): Column<N, string, false> {
  return column(name, 'VARCHAR', description, options);
}

/** A coded text column: one of `values` (include `''` to allow the empty cell). */
export function picklist<N extends string, const V extends readonly string[]>(
  name: N, values: V, description: string, options: ColumnOptions = {},
): Column<N, V[number], false> {
  return column(name, 'VARCHAR', description, options, values);
}

/** A day, `YYYY-MM-DD` (a DATE in the database, a string in a row). */
export function day<N extends string>(name: N, description: string, options: ColumnOptions = {}): Column<N, string, false> {
  return column(name, 'DATE', description, options);
}

type Numeric<R> = R extends true ? number : number | null;

/** A number; `null` in a row when the cell is empty, unless the column is required. */
export function double<N extends string, R extends boolean = false>(
  name: N, description: string, options: ColumnOptions & { required?: R } = {},
): Column<N, Numeric<R>, false> {
  return column(name, 'DOUBLE', description, options);
}

/** A whole number; `null` in a row when the cell is empty, unless the column is required. */
export function integer<N extends string, R extends boolean = false>(
  name: N, description: string, options: ColumnOptions & { required?: R } = {},
): Column<N, Numeric<R>, false> {
  return column(name, 'INTEGER', description, options);
}

/** The same column, computed by the checker or the bake: in the row type and the database, not in the CSV. */
export function computed<N extends string, T>(c: Column<N, T, false>): Column<N, T, true> {
  return { ...c, computed: true };
}

/** A foreign key of one column, to `resource`'s `to` column. */
export function reference(field: string, resource: string, to = 'id'): ForeignKey {
  return { fields: [field], reference: { resource, fields: [to] } };
}

/** Declares a table, keeping its columns' literal types. */
export function table<const C extends readonly Column[]>(spec: Table<C>): Table<C> {
  return spec;
}

type ValueOf<C> = C extends { readonly '~value': infer T } ? T : never;

/** The row of a table: every column (computed ones included) with its value type. */
export type RowOf<T extends Table> = { -readonly [C in T['columns'][number] as C['name']]: ValueOf<C> };

/** The names of a table's CSV columns (those the bake does not compute). */
export type CsvColumnOf<T extends Table> = Extract<T['columns'][number], { computed: false }>['name'];
