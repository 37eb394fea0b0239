/** A query result as CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs show Vietnamese). */
import { csvText } from '../../lib/csv/write.ts';
import type { Cell, ResultTable } from '../duckdb/result.ts';

/**
 * The whole table as CSV text, header first, CRLF line ends as RFC 4180 says; text that a
 * spreadsheet would run as a formula neutralised, numbers untouched, text with spaces at either
 * end quoted so they survive.
 */
export function toCsv(table: ResultTable, options: { bom?: boolean } = {}): string {
  const rows: Cell[][] = [table.columns.map((c) => c.name)];
  for (let row = 0; row < table.rowCount; row++) rows.push(table.columns.map((c) => c.values[row] ?? null));
  return csvText(rows, { bom: options.bom !== false, eol: '\r\n', neutralize: true, quoteSpaces: true });
}
