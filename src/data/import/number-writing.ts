/**
 * How numbers are written in an imported sheet and in its quotes: the table's writing judged over
 * every value cell (Vietnamese "1.234,5" or English "1,234.5"), a value as data/ writes it, and
 * the quote that carries the cell as published (with the value in Vietnamese writing where the
 * checker would misread it).
 */
import { numbersInText } from '../../lib/numbers/parse.ts';
import type { NumberLocale } from '../../lib/numbers/parse.ts';
import type { Table } from './table.ts';

/**
 * The quote: the row's place, the column's label and the cell as published. When the cell is
 * in English writing that Vietnamese reading would misread ("1,234"), the value is added in
 * Vietnamese writing in brackets so the checker can find it.
 */
export function quoteFor(place: string, label: string, raw: string, value: number, percent: boolean): string {
  const q = `${place}; ${label}: ${raw}`;
  const found = numbersInText(raw);
  if (found.some((n) => Math.abs(n - value) <= 1e-9 * Math.max(1, Math.abs(value)))) return q;
  return `${q} [${viWriting(value)}${percent ? '%' : ''}]`;
}

/** A number in Vietnamese writing: `.` groups thousands, `,` marks decimals. */
export function viWriting(value: number): string {
  const [int = '', frac] = plain(Math.abs(value)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${frac === undefined ? '' : ',' + frac}`;
}

/** A number as data/ writes it: `.` decimal, no exponent for ordinary magnitudes. */
export function plain(value: number): string {
  const s = String(value);
  return s === '-0' ? '0' : s;
}

/**
 * Which writing the table's numbers use, judged over every value cell: a separator that can
 * only be a decimal mark or only a thousands separator is evidence; three digits after a single
 * separator is none. Both kinds of evidence in one table is a problem (give --locale).
 */
export function detectLocale(table: Table, cols: readonly number[], at: (line: number, column: number, message: string) => void): NumberLocale | undefined {
  let vi: { line: number; column: number; text: string } | undefined;
  let en: { line: number; column: number; text: string } | undefined;
  table.rows.forEach((row) => {
    if (vi && en) return;
    for (const c of cols) {
      if (row.numeric?.[c]) continue;
      const t = (row.cells[c] ?? '').trim();
      const e = evidence(t);
      if (e === 'vi') vi ??= { line: row.line, column: c + 1, text: t };
      else if (e === 'en') en ??= { line: row.line, column: c + 1, text: t };
    }
  });
  if (vi && en) {
    at(en.line, en.column, `mixed number formats: "${vi.text}" on line ${vi.line} is Vietnamese writing, "${en.text}" here is English writing; give --locale vi or --locale en`);
    return undefined;
  }
  return vi ? 'vi' : en ? 'en' : undefined;
}

function evidence(text: string): NumberLocale | null {
  const s = text.replace(/[%\s\u00a0+\-\u2212]/g, '');
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  if (dots > 0 && commas > 0) return s.lastIndexOf(',') > s.lastIndexOf('.') ? 'vi' : 'en';
  if (dots + commas === 0) return null;
  if (dots + commas > 1) return dots > 0 ? 'vi' : 'en';
  const [int = '', frac = ''] = s.split(/[.,]/);
  if (frac.length === 3 && int !== '0' && int.length <= 3) return null;
  return commas > 0 ? 'vi' : 'en';
}
