import type { CsvValue } from '../../lib/csv/write.ts';
import { CsvFileWriter } from '../csv/write.ts';
import type { ColumnSpec } from './tables.ts';

/**
 * A value as the downloads write it: numbers in plain JS notation (a non-finite one is a bug),
 * anything else not text as `String` gives it.
 */
function cellValue(value: unknown): CsvValue {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    // `String(1e21)` gives exponent notation; figures here are far from that, but be explicit.
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return value;
  }
  return String(value);
}

/**
 * Writes `rows` as CSV to `path` with a header of `columns`, LF line ends, optional UTF-8 BOM for
 * Excel; text that a spreadsheet would run as a formula neutralised (src/lib/csv/formula.ts; the
 * bake restores it when it loads these files into DuckDB). Record by record through the project's
 * file writer (src/data/csv/write.ts), so a million rows never sit in memory as one string.
 */
export function writeCsvFile(path: string, rows: readonly object[], columns: readonly ColumnSpec[], options: { bom?: boolean } = {}): void {
  const names = columns.map((c) => c.name);
  const writer = new CsvFileWriter(path, { bom: options.bom === true, neutralize: true });
  try {
    writer.record(names);
    for (const row of rows) writer.record(names.map((name) => cellValue((row as Record<string, unknown>)[name])));
  } finally {
    writer.close();
  }
}
