/**
 * The baked database's tables: column names, DuckDB types and the descriptions that the
 * explore page's schema panel shows (stored as COMMENTs). The downloads use the same columns;
 * their data package adds each table's key, its references and each coded column's values.
 * Built from the table schemas of src/lib/schema/, where each column is declared.
 */
import { BAKED_TABLES, type Column, type DuckType, type ForeignKey, type Table } from '../../lib/schema/index.ts';

export type { ForeignKey } from '../../lib/schema/index.ts';

export interface ColumnSpec {
  name: string;
  type: DuckType;
  description: string;
  /** the values a non-empty cell may hold (the empty cell is a missing value) */
  enum?: readonly string[];
}

export interface TableSpec {
  name: string;
  description: string;
  columns: ColumnSpec[];
  /** the columns that identify a row: never empty, unique together */
  primaryKey?: string[];
  foreignKeys?: ForeignKey[];
}

/** A schema column as the bake and the data package see it: the empty value is no enum member. */
export function columnSpec(c: Column): ColumnSpec {
  const { name, type, description, values } = c;
  return values ? { name, type, description, enum: values.filter((v) => v !== '') } : { name, type, description };
}

/** A table schema as the bake and the data package see it. */
export function tableSpec(t: Table): TableSpec {
  return {
    name: t.name,
    description: t.description,
    ...(t.primaryKey ? { primaryKey: [...t.primaryKey] } : {}),
    ...(t.foreignKeys ? { foreignKeys: t.foreignKeys.map((k) => ({ fields: [...k.fields], reference: { ...k.reference, fields: [...k.reference.fields] } })) } : {}),
    columns: t.columns.map(columnSpec),
  };
}

export const TABLES: TableSpec[] = BAKED_TABLES.map(tableSpec);

export function table(name: string): TableSpec {
  const spec = TABLES.find((t) => t.name === name);
  if (!spec) throw new Error(`unknown table: ${name}`);
  return spec;
}
