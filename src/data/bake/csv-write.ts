import type { ColumnSpec } from './tables.ts';

/** One CSV field: quoted only when it must be (RFC 4180); numbers in plain JS notation. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? formatNumber(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

// `String(1e21)` gives exponent notation; figures here are far from that, but be explicit.
function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return String(value);
}

/** CSV text of `rows` with a header of `columns`, LF line ends, optional UTF-8 BOM for Excel. */
export function toCsv(rows: readonly Record<string, unknown>[], columns: readonly ColumnSpec[], options: { bom?: boolean } = {}): string {
  const names = columns.map((c) => c.name);
  const lines = [names.join(',')];
  for (const row of rows) lines.push(names.map((n) => csvField(row[n])).join(','));
  return (options.bom ? '\uFEFF' : '') + lines.join('\n') + '\n';
}
