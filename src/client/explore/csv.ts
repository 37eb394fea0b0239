/** A query result as CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs show Vietnamese). */
import { spreadsheetSafe } from '../../lib/csv/formula.ts';
import type { Cell, ResultTable } from '../duckdb/result.ts';

/** A field: text that a spreadsheet would run as a formula neutralised; numbers untouched. */
function field(value: Cell): string {
  const text = spreadsheetSafe(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole table as CSV text, header first, CRLF line ends as RFC 4180 says. */
export function toCsv(table: ResultTable, options: { bom?: boolean } = {}): string {
  const lines = [table.columns.map((c) => field(c.name)).join(',')];
  for (let row = 0; row < table.rowCount; row++) lines.push(table.columns.map((c) => field(c.values[row] ?? null)).join(','));
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}
