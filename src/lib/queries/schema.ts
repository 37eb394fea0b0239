/** SQL that lists the baked database's tables and columns with their descriptions (COMMENTs). */

export interface BuiltQuery {
  sql: string;
  params: (string | number)[];
}

/**
 * Every table and view of `database` with each column, its type and comment, in column order.
 * Columns: table_name, table_kind ('table' | 'view'), table_comment, column_name, data_type, column_comment.
 */
export function schemaQuery(database = 'egov'): BuiltQuery {
  return {
    sql: `SELECT t.table_name, t.table_kind, coalesce(t.comment, '') AS table_comment,
       c.column_name, c.data_type, coalesce(c.comment, '') AS column_comment
FROM (
  SELECT database_name, schema_name, table_name, 'table' AS table_kind, comment FROM duckdb_tables()
  UNION ALL
  SELECT database_name, schema_name, view_name, 'view', comment FROM duckdb_views() WHERE NOT internal
) AS t
JOIN duckdb_columns() AS c
  ON c.database_name = t.database_name AND c.schema_name = t.schema_name AND c.table_name = t.table_name
WHERE t.database_name = $1 AND t.schema_name = 'main'
ORDER BY t.table_kind, t.table_name, c.column_index`,
    params: [database],
  };
}

export interface SchemaRow {
  table_name: string;
  table_kind: string;
  table_comment: string;
  column_name: string;
  data_type: string;
  column_comment: string;
}

export interface SchemaTable {
  name: string;
  kind: 'table' | 'view';
  comment: string;
  columns: { name: string; type: string; comment: string }[];
}

/** Groups the rows of `schemaQuery` into tables, keeping their order. */
export function groupSchema(rows: readonly SchemaRow[]): SchemaTable[] {
  const tables = new Map<string, SchemaTable>();
  for (const row of rows) {
    let table = tables.get(row.table_name);
    if (!table) {
      table = { name: row.table_name, kind: row.table_kind === 'view' ? 'view' : 'table', comment: row.table_comment, columns: [] };
      tables.set(row.table_name, table);
    }
    table.columns.push({ name: row.column_name, type: row.data_type, comment: row.column_comment });
  }
  return [...tables.values()];
}

/** An identifier as it can be pasted into SQL: bare when it is a plain lowercase name, quoted otherwise. */
export function quoteIdentifier(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}
