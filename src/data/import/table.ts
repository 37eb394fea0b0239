/**
 * Delimited text → rows of cells, and rows → a table: which rows are the header (one or two,
 * below any title lines), which are data, and which are repeated headers, footnotes or blank.
 * Positions are kept so every later problem can name its line and column.
 */
import { readRecords } from '../../lib/csv/read.ts';
import type { Delimiter } from '../../lib/csv/read.ts';
import { ImportFailure } from './problems.ts';

export type { Delimiter } from '../../lib/csv/read.ts';

export interface Row {
  /** 1-based physical line (CSV) or sheet row (XLSX) */
  line: number;
  cells: string[];
  /** XLSX: true where the cell holds a number (its text is then `String(value)`) */
  numeric?: boolean[];
}

export interface Skipped {
  line: number;
  why: string;
}

export interface Table {
  /** the header label of each column (two header rows joined with " | ") */
  header: string[];
  /** the header rows as read, for reports */
  headerLines: number[];
  rows: Row[];
  /** title lines, repeated headers, footnotes */
  skipped: Skipped[];
}

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/**
 * Splits delimited text into rows with the project's CSV reader, read leniently as spreadsheet
 * programs write (src/lib/csv/records.ts): quoted fields with doubled quotes and line breaks
 * inside, CR, LF or CRLF line ends. Blank lines are dropped.
 * @throws ImportFailure when the text ends inside a quoted field (a truncated file)
 */
export function splitDelimited(text: string, delimiter: Delimiter, file: string): Row[] {
  const { records, problems } = readRecords(text, file, { delimiter });
  if (problems.length > 0) throw new ImportFailure(problems);
  return records.map((r) => ({ line: r.line, cells: r.fields }));
}

/**
 * Picks the delimiter whose rows have the most consistent width (at least two columns),
 * judged on the first 64 KB.
 * @returns the delimiter; a comma when nothing splits the text
 */
export function detectDelimiter(text: string): Delimiter {
  let cut = text.length > 65536 ? text.lastIndexOf('\n', 65536) : text.length;
  if (cut <= 0) cut = Math.min(text.length, 65536);
  const sample = text.slice(0, cut);
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    let rows: Row[];
    try {
      rows = splitDelimited(sample, d, '');
    } catch {
      continue;
    }
    const widths = new Map<number, number>();
    // A quote left inside a cell means a quoted field was cut by a false delimiter.
    let strayQuotes = 0;
    for (const r of rows) {
      widths.set(r.cells.length, (widths.get(r.cells.length) ?? 0) + 1);
      if (r.cells.some((c) => c.includes('"'))) strayQuotes++;
    }
    let mode = 0;
    let modeCount = 0;
    for (const [w, c] of widths) if (w >= 2 && (c > modeCount || (c === modeCount && w > mode))) [mode, modeCount] = [w, c];
    // Consistent rows count most; wider rows break ties (a title line has one cell in any case).
    const score = (modeCount - 2 * strayQuotes) * 1000 + mode;
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

/** Markers of a missing value: no row is produced for them. */
export const MISSING = new Set(['', '..', '...', '-', '–', '—', 'n/a', 'na']);

/**
 * True for a cell that states a missing value.
 * @returns whether the trimmed, lower-cased text is a missing-value marker
 */
export function isMissing(text: string): boolean {
  return MISSING.has(text.trim().toLowerCase());
}

const NUMBERISH = /^[-+\u2212]?\s*\d[\d.,\s\u00a0]*%?$/;
const FOOTNOTE = /^(\*|\(\d+\)|\d+\)|ghi chú|chú thích|nguồn|note|notes|source|sources|ghi chu|nguon)\b/i;

function filled(cells: readonly string[]): number {
  let k = 0;
  for (const c of cells) if (c.trim() !== '') k++;
  return k;
}

/**
 * Finds the header and the data rows: title lines above the header (rows with fewer than two
 * filled cells) are skipped; a second header row is recognised when it has text but no number
 * after its first cell (PX-Web puts periods above the measure names); cells of an upper header
 * row carry right over the empty cells of merged headings; rows equal to the header later on and
 * footnote lines (below the last full row, or starting "Ghi chú", "Nguồn", "Note", "*", "(1)")
 * are skipped and reported.
 * @param headerRows force the number of header rows (1 or 2) instead of detecting it
 */
export function shapeTable(rows: readonly Row[], headerRows?: 1 | 2): Table {
  const skipped: Skipped[] = [];
  let h = 0;
  while (h < rows.length && filled(rows[h]!.cells) < 2) {
    skipped.push({ line: rows[h]!.line, why: `title line "${rows[h]!.cells.join(' ').trim()}"` });
    h++;
  }
  if (h >= rows.length) return { header: [], headerLines: [], rows: [], skipped };
  const first = rows[h]!;
  const second = rows[h + 1];
  const twoRows =
    headerRows === 2 ||
    (headerRows === undefined && second !== undefined &&
      // Periods under measure names: the lower row has no label in the first column.
      (((second.cells[0] ?? '').trim() === '' && (first.cells[0] ?? '').trim() !== '' && filled(second.cells) >= 2) ||
        // Measure names under periods or merged headings: text only, then data.
        ((first.cells[0] ?? '').trim() === '' && isHeaderLike(second.cells) && !isHeaderLike(rows[h + 2]?.cells ?? []) &&
          first.cells.slice(1).some((c) => c.trim() === '' || NUMBERISH.test(c.trim())))));
  const width = Math.max(...rows.slice(h, h + 50).map((r) => trimEnd(r.cells).length));
  let header: string[];
  const headerLines = [first.line];
  if (twoRows && second !== undefined) {
    headerLines.push(second.line);
    let carry = '';
    header = [];
    for (let c = 0; c < width; c++) {
      const up = (first.cells[c] ?? '').trim();
      if (up !== '') carry = up;
      const upper = c === 0 ? up : up || carry;
      const lower = (second.cells[c] ?? '').trim();
      header.push([upper, lower].filter((s) => s !== '').join(' | '));
    }
  } else {
    header = Array.from({ length: width }, (_, c) => (first.cells[c] ?? '').trim());
  }
  const headerKeys = [first, ...(twoRows && second ? [second] : [])].map((r) => key(r.cells));
  const data: Row[] = [];
  const body = rows.slice(h + headerLines.length);
  // Lines after the last full row are footnotes; a lone name above it is a row of missing values.
  let lastFull = body.length - 1;
  while (lastFull >= 0 && filled(body[lastFull]!.cells) < 2) lastFull--;
  for (const [i, r] of body.entries()) {
    const k = key(r.cells);
    if (headerKeys.includes(k)) {
      skipped.push({ line: r.line, why: 'repeated header row' });
      continue;
    }
    const head = (r.cells[0] ?? '').trim();
    if ((i > lastFull && filled(r.cells) < 2) || FOOTNOTE.test(head) || (filled(r.cells) < 2 && head === '')) {
      skipped.push({ line: r.line, why: `footnote "${r.cells.map((c) => c.trim()).filter((c) => c !== '').join(' ')}"` });
      continue;
    }
    data.push(r);
  }
  return { header, headerLines, rows: data, skipped };
}

/** Text in at least half of the cells after the first and no number anywhere after the first. */
function isHeaderLike(cells: readonly string[]): boolean {
  const rest = trimEnd(cells).slice(1);
  if (rest.length === 0) return false;
  let text = 0;
  for (const c of rest) {
    const t = c.trim();
    if (NUMBERISH.test(t)) return false;
    if (t !== '' && !isMissing(t)) text++;
  }
  return text * 2 >= rest.length;
}

function trimEnd(cells: readonly string[]): readonly string[] {
  let n = cells.length;
  while (n > 0 && cells[n - 1]!.trim() === '') n--;
  return cells.slice(0, n);
}

function key(cells: readonly string[]): string {
  return trimEnd(cells.map((c) => c.trim())).join('\u0000');
}
