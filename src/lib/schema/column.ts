/**
 * The building blocks of the table schemas, on valibot: a column declares its name, its DuckDB
 * type, its description, its allowed values where coded, whether a CSV cell may be empty, and
 * whether the checker or the bake computes it (then it is no CSV column). Each column carries the
 * valibot schema of its value in a row (`schema`, with the description and the DuckDB type piped
 * in as valibot description and metadata); each table the `v.object` of its columns
 * (`rowSchema`). A table's row type is that object's output (`RowOf`), never written a second
 * time, and valibot can check a row against it. Browser-safe: imports valibot only.
 */
import * as v from 'valibot';

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
  /** the valibot schema of this column's value in a row (its description and DuckDB type piped in) */
  readonly schema: v.GenericSchema<unknown, T>;
}

export interface ColumnOptions {
  required?: boolean;
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

/** What a table declares: everything but its row schema, which `table` builds from the columns. */
export interface TableDeclaration<C extends readonly Column[] = readonly Column[]> {
  readonly name: string;
  readonly description: string;
  readonly columns: C;
  /** the columns that identify a row: never empty, unique together */
  readonly primaryKey?: readonly string[];
  readonly foreignKeys?: readonly ForeignKey[];
}

/** The valibot entries of a table's row: each column's name and value schema. */
export type RowEntries<C extends readonly Column[]> = { [K in C[number] as K['name']]: K['schema'] };

export interface Table<C extends readonly Column[] = readonly Column[]> extends TableDeclaration<C> {
  /** the valibot schema of a row: every column, computed ones included */
  readonly rowSchema: v.ObjectSchema<RowEntries<C>, undefined>;
}

function column<N extends string, T>(
  name: N, type: DuckType, value: v.GenericSchema<unknown, T>, description: string, options: ColumnOptions, values?: readonly string[],
): Column<N, T, false> {
  const required = options.required ?? false;
  const schema = v.pipe(value, v.description(description), v.metadata({ type, required }));
  return { name, type, description, required, computed: false, ...(values ? { values } : {}), schema };
}

/** A day as a row holds it: `YYYY-MM-DD`. */
const isoDay = v.pipe(v.string(), v.isoDate());
/** A number, or `null` for an empty cell unless the column is required. */
const orNull = <T>(value: v.GenericSchema<unknown, T>, required: boolean | undefined): v.GenericSchema<unknown, T | null> =>
  required ? value : v.nullable(value);

/** A text column (empty text is a missing value; a required one is never empty). */
export function text<N extends string>(name: N, description: string, options: ColumnOptions = {}): Column<N, string, false> {
  return column(name, 'VARCHAR', options.required ? v.pipe(v.string(), v.nonEmpty()) : v.string(), description, options);
}

/** A coded text column: one of `values` (include `''` to allow the empty cell). */
export function picklist<N extends string, const V extends readonly string[]>(
  name: N, values: V, description: string, options: ColumnOptions = {},
): Column<N, V[number], false> {
  return column(name, 'VARCHAR', v.picklist(values), description, options, values);
}

/** A day, `YYYY-MM-DD` (a DATE in the database, a string in a row; `''` for an empty cell unless required). */
export function day<N extends string>(name: N, description: string, options: ColumnOptions = {}): Column<N, string, false> {
  return column(name, 'DATE', options.required ? isoDay : v.union([v.literal(''), isoDay]), description, options);
}

type Numeric<R> = R extends true ? number : number | null;

/** A number; `null` in a row when the cell is empty, unless the column is required. */
export function double<N extends string, R extends boolean = false>(
  name: N, description: string, options: ColumnOptions & { required?: R } = {},
): Column<N, Numeric<R>, false> {
  return column(name, 'DOUBLE', orNull(v.number(), options.required) as v.GenericSchema<unknown, Numeric<R>>, description, options);
}

/** A whole number; `null` in a row when the cell is empty, unless the column is required. */
export function integer<N extends string, R extends boolean = false>(
  name: N, description: string, options: ColumnOptions & { required?: R } = {},
): Column<N, Numeric<R>, false> {
  const whole = v.pipe(v.number(), v.integer());
  return column(name, 'INTEGER', orNull(whole, options.required) as v.GenericSchema<unknown, Numeric<R>>, description, options);
}

/** The same column, computed by the checker or the bake: in the row type and the database, not in the CSV. */
export function computed<N extends string, T>(c: Column<N, T, false>): Column<N, T, true> {
  return { ...c, computed: true };
}

/** A foreign key of one column, to `resource`'s `to` column. */
export function reference(field: string, resource: string, to = 'id'): ForeignKey {
  return { fields: [field], reference: { resource, fields: [to] } };
}

/**
 * Declares a table, keeping its columns' literal types, and builds its row schema from them (a
 * `rowSchema` in `spec`, as when a table is spread into another, is replaced).
 */
export function table<const C extends readonly Column[]>(spec: TableDeclaration<C>): Table<C> {
  const entries = Object.fromEntries(spec.columns.map((c) => [c.name, c.schema])) as RowEntries<C>;
  return { ...spec, rowSchema: v.object(entries) };
}

/** The row of a table: every column (computed ones included) with its value type, as valibot infers it. */
export type RowOf<T extends Table> = v.InferOutput<T['rowSchema']>;

/** The names of a table's CSV columns (those the bake does not compute). */
export type CsvColumnOf<T extends Table> = Extract<T['columns'][number], { computed: false }>['name'];
