/**
 * A row checked against its table's valibot row schema: the typed row, or what is wrong with it,
 * column by column. For loaders of small tables and for tests over whole datasets; the checker's
 * per-row path keeps its own located messages and never calls this. Browser-safe.
 */
import * as v from 'valibot';
import type { RowOf, Table } from './column.ts';

/** What valibot refused in a row: the column (`''` when the row itself is no object) and why. */
export interface RowIssue {
  column: string;
  message: string;
}

export type RowCheck<T extends Table> = { ok: true; row: RowOf<T> } | { ok: false; issues: RowIssue[] };

/** Checks `row` against `table.rowSchema`: every column present, each value of its column's schema. */
export function checkRow<T extends Table>(table: T, row: unknown): RowCheck<T> {
  const result = v.safeParse(table.rowSchema, row);
  if (result.success) return { ok: true, row: result.output as RowOf<T> };
  return { ok: false, issues: result.issues.map((issue) => ({ column: String(issue.path?.[0]?.key ?? ''), message: issue.message })) };
}

/** The issues of every row that fails its schema, as `index column: message` lines (at most `limit`). */
export function rowIssues<T extends Table>(table: T, rows: readonly unknown[], limit = 10): string[] {
  const lines: string[] = [];
  for (const [i, row] of rows.entries()) {
    const check = checkRow(table, row);
    if (check.ok) continue;
    for (const issue of check.issues) lines.push(`${table.name}[${i}] ${issue.column}: ${issue.message}`);
    if (lines.length >= limit) break;
  }
  return lines.slice(0, limit);
}
