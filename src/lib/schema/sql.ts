/** DuckDB DDL from a table schema: the one way a table's columns become a database table. */

/** What creating a table needs of its schema (a Table and the bake's TableSpec both fit). */
export interface TableShape {
  name: string;
  columns: readonly { name: string; type: string }[];
}

/** Quotes an identifier for DuckDB. */
function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** `CREATE TABLE "name" ("col" TYPE, …)` with every column of the table, computed ones included, in order. */
export function createTableSql(table: TableShape): string {
  return `CREATE TABLE ${quoteName(table.name)} (${table.columns.map((c) => `${quoteName(c.name)} ${c.type}`).join(', ')})`;
}
