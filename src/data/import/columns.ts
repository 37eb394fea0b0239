/** The place column of a table (`--place-column NAME|N`, else the profile's), and how to say what header was seen. */
import type { Table } from './table.ts';

/** What `--place-column` names: a 1-based column number, or a header (compared without case and extra spaces). */
export function placeColumn(header: readonly string[], spec: string): number | string {
  const norm = (s: string): string => s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(spec.trim())) {
    const n = Number(spec.trim());
    if (n >= 1 && n <= header.length) return n - 1;
    return `--place-column ${spec}: the header has ${header.length} columns`;
  }
  const i = header.findIndex((h) => norm(h) === norm(spec));
  return i >= 0 ? i : `--place-column "${spec}": no such column; ${describeHeader(header, [])}`;
}

/**
 * The header as read, for a problem when nothing in it was usable: its line(s) and every column
 * by number, e.g. `header read on line 8: 1 "STT", 2 "Tỉnh", 3 (empty)`.
 */
export function describeHeader(header: readonly string[], lines: Table['headerLines']): string {
  const where = lines.length === 0 ? 'the header' : `header read on line${lines.length > 1 ? 's' : ''} ${lines.join(' and ')}`;
  const cols = header.map((h, i) => `${i + 1} ${h === '' ? '(empty)' : JSON.stringify(h)}`);
  const shown = cols.length > 40 ? [...cols.slice(0, 40), `… ${cols.length - 40} more`] : cols;
  return `${where}: ${shown.join(', ')}; if the header is elsewhere, use --header-rows or remove the lines above it`;
}
