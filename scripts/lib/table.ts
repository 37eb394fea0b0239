import type { Row } from '../../src/data/db.ts';
import { csvText } from '../../src/lib/csv/write.ts';
import type { CsvValue } from '../../src/lib/csv/write.ts';

/** A plain-text table for the terminal: columns padded to their widest cell, numbers right-aligned. */
export function formatTable(rows: readonly Row[]): string {
  if (rows.length === 0) return '(0 rows)';
  const columns = Object.keys(rows[0] as Row);
  const cells = rows.map((row) => columns.map((c) => cellText(row[c])));
  const widths = columns.map((c, i) => Math.max(width(c), ...cells.map((r) => width(r[i] as string))));
  const numeric = columns.map((c) => rows.every((r) => r[c] === null || typeof r[c] === 'number'));
  const line = (values: string[]) =>
    values.map((v, i) => (numeric[i] ? v.padStart(widths[i] as number) : pad(v, widths[i] as number))).join('  ').trimEnd();
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line), `(${rows.length} row${rows.length === 1 ? '' : 's'})`].join('\n');
}

/** CSV text of rows (header from the first row's keys), LF line ends; objects written as JSON. */
export function toCsvText(rows: readonly Row[]): string {
  if (rows.length === 0) return '';
  const columns = Object.keys(rows[0] as Row);
  const field = (v: unknown): CsvValue => (v === null || v === undefined ? null : typeof v === 'object' ? JSON.stringify(v) : typeof v === 'number' || typeof v === 'boolean' ? v : String(v));
  return csvText([columns, ...rows.map((r) => columns.map((c) => field(r[c])))]);
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value).replace(/\s+/g, ' ');
}

// Vietnamese text in NFC is one code point per letter; good enough for terminal alignment.
function width(text: string): number {
  return [...text.normalize('NFC')].length;
}

function pad(text: string, w: number): string {
  return text + ' '.repeat(Math.max(0, w - width(text)));
}
