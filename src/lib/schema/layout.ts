/**
 * Where each column of a data/ CSV file is: the header a file must have, and each column's
 * position, computed once per table from its schema (the checker's header check makes every row
 * follow it, so rows are read by position, without a lookup per row).
 */
import type { CsvColumnOf, Table } from './column.ts';

/** The CSV header of a table: its columns without the computed ones, in order. */
export function csvColumns<T extends Table>(table: T): readonly CsvColumnOf<T>[] {
  return table.columns.filter((c) => !c.computed).map((c) => c.name as CsvColumnOf<T>);
}

/** The 0-based position of each CSV column, for reading a row's fields: `f[at.period]`. */
export function fieldIndexes<T extends Table>(table: T): Readonly<Record<CsvColumnOf<T>, number>> {
  return Object.freeze(Object.fromEntries(csvColumns(table).map((name, i) => [name, i])) as Record<CsvColumnOf<T>, number>);
}

/** The 1-based column number of each CSV column, for problems (`file:line:column`). */
export function columnNumbers<T extends Table>(table: T): Readonly<Record<CsvColumnOf<T>, number>> {
  return Object.freeze(Object.fromEntries(csvColumns(table).map((name, i) => [name, i + 1])) as Record<CsvColumnOf<T>, number>);
}

/** The CSV columns whose cell may not be empty, with their 0-based positions. */
export function requiredFields<T extends Table>(table: T): readonly { index: number; name: CsvColumnOf<T> }[] {
  const csv = table.columns.filter((c) => !c.computed);
  return csv.flatMap((c, index) => (c.required ? [{ index, name: c.name as CsvColumnOf<T> }] : []));
}
