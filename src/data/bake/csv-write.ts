import { closeSync, openSync, writeSync } from 'node:fs';
import { neutralizeText } from '../../lib/csv/formula.ts';
import type { ColumnSpec } from './tables.ts';

/**
 * One CSV field: quoted only when it must be (RFC 4180); numbers in plain JS notation; text that a
 * spreadsheet would run as a formula neutralised (src/lib/csv/formula.ts; the bake restores it
 * when it loads these files into DuckDB).
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? formatNumber(value) : neutralizeText(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

// `String(1e21)` gives exponent notation; figures here are far from that, but be explicit.
function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return String(value);
}

/** CSV text of `rows` with a header of `columns`, LF line ends, optional UTF-8 BOM for Excel. */
export function toCsv(rows: readonly object[], columns: readonly ColumnSpec[], options: { bom?: boolean } = {}): string {
  const chunks: string[] = [];
  writeCsvRows(rows, columns, options, (chunk) => chunks.push(chunk));
  return chunks.join('');
}

/** Writes the CSV to `path` in chunks, so a million rows never sit in memory as one string. */
export function writeCsvFile(path: string, rows: readonly object[], columns: readonly ColumnSpec[], options: { bom?: boolean } = {}): void {
  const fd = openSync(path, 'w');
  try {
    writeCsvRows(rows, columns, options, (chunk) => writeSync(fd, chunk));
  } finally {
    closeSync(fd);
  }
}

function writeCsvRows(rows: readonly object[], columns: readonly ColumnSpec[], options: { bom?: boolean }, emit: (chunk: string) => void): void {
  const names = columns.map((c) => c.name);
  let chunk = (options.bom ? '\uFEFF' : '') + names.join(',') + '\n';
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < names.length; i++) line += (i ? ',' : '') + csvField((row as Record<string, unknown>)[names[i] as string]);
    chunk += line + '\n';
    if (chunk.length > 1 << 20) {
      emit(chunk);
      chunk = '';
    }
  }
  emit(chunk);
}
