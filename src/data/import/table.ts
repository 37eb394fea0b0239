/**
 * Delimited text → rows of cells, and rows → a table: which rows are the header (one or two,
 * below any title lines), which are data, and which are repeated headers, footnotes or blank.
 * Positions are kept so every later problem can name its line and column. A table's rows are a
 * source read again on each pass (shaping, the number format, the rows themselves): for
 * delimited text each pass tokenizes the text anew, so a million rows are never held as objects.
 */
import { forEachRecord } from '../../lib/csv/read.ts';
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

/** Rows read in order, again on each call: an array (a sheet, a test) or delimited text tokenized anew. */
export interface RowSource {
  forEach(visit: (row: Row) => void): void;
}

export interface Table {
  /** the header label of each column (two header rows joined with " | ") */
  header: string[];
  /** the header rows as read, for reports */
  headerLines: number[];
  /** the data rows (an array when the table was shaped from one) */
  rows: RowSource;
  /** how many data rows there are */
  count: number;
  /** title lines, repeated headers, footnotes, by line */
  skipped: Skipped[];
}

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/**
 * The rows of delimited text, read with the project's CSV reader leniently, as spreadsheet
 * programs write (src/lib/csv/records.ts): quoted fields with doubled quotes and line breaks
 * inside, CR, LF or CRLF line ends. Blank lines are dropped. Each pass reads the text anew.
 * A pass throws ImportFailure when the text ends inside a quoted field (a truncated file).
 */
export function delimitedRows(text: string, delimiter: Delimiter, file: string): RowSource {
  return {
    forEach(visit: (row: Row) => void): void {
      const problems = forEachRecord(text, file, (line, cells) => visit({ line, cells }), { delimiter });
      if (problems.length > 0) throw new ImportFailure(problems);
    },
  };
}

/**
 * Every row of delimited text at once (see {@link delimitedRows}).
 * @throws ImportFailure when the text ends inside a quoted field (a truncated file)
 */
export function splitDelimited(text: string, delimiter: Delimiter, file: string): Row[] {
  const rows: Row[] = [];
  delimitedRows(text, delimiter, file).forEach((row) => rows.push(row));
  return rows;
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
 * are skipped and reported. Reads the source once; the table's rows are the source's again,
 * less the skipped ones.
 * @param headerRows force the number of header rows (1 or 2) instead of detecting it
 */
export function shapeTable(source: RowSource, headerRows?: 1 | 2): Table {
  const skipped: Skipped[] = [];
  /** rows up to the 50th after the first full one: what the header is decided on */
  const opening: Row[] = [];
  let top: Top | null = null;
  const body = new BodyRows(skipped);
  /** Decides the header on the opening rows, then sorts those below it. */
  const settle = (): Top => {
    const decided = readTop(opening, headerRows, skipped);
    for (let k = decided.bodyStart; k < opening.length; k++) body.add(opening[k]!, k, decided.headerKeys);
    return decided;
  };
  let index = 0;
  let firstFull = -1;
  source.forEach((row) => {
    const i = index++;
    if (top !== null) return body.add(row, i, top.headerKeys);
    opening.push(row);
    if (firstFull === -1 && filled(row.cells) >= 2) firstFull = i;
    if (firstFull !== -1 && opening.length >= firstFull + 50) top = settle();
  });
  top ??= settle();
  if (top.header.length === 0) return { header: [], headerLines: [], rows: [], count: 0, skipped };
  body.finish();
  skipped.sort((a, b) => a.line - b.line);
  const { bodyStart } = top;
  const kept = (i: number): boolean => i >= bodyStart && !body.skippedAt.has(i);
  const rows: RowSource = Array.isArray(source)
    ? (source as readonly Row[]).filter((_, i) => kept(i))
    : {
        forEach(visit: (row: Row) => void): void {
          let i = 0;
          source.forEach((row) => {
            if (kept(i++)) visit(row);
          });
        },
      };
  return { header: top.header, headerLines: top.headerLines, rows, count: body.count, skipped };
}

/** The rows above the data: title lines, the header (one or two rows) and where the data starts. */
interface Top {
  header: string[];
  headerLines: number[];
  headerKeys: string[];
  /** index of the first row below the header */
  bodyStart: number;
}

/** Reads the title lines and the header from the opening rows (all rows when there are few). */
function readTop(rows: readonly Row[], headerRows: 1 | 2 | undefined, skipped: Skipped[]): Top {
  let h = 0;
  while (h < rows.length && filled(rows[h]!.cells) < 2) {
    skipped.push({ line: rows[h]!.line, why: `title line "${rows[h]!.cells.join(' ').trim()}"` });
    h++;
  }
  if (h >= rows.length) return { header: [], headerLines: [], headerKeys: [], bodyStart: rows.length };
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
  return { header, headerLines, headerKeys, bodyStart: h + headerLines.length };
}

/**
 * Sorts the rows below the header as they come: repeated headers and footnotes are skipped; a
 * row with a lone name is data when a full row follows it (a row of missing values), a footnote
 * when none does, which only the end tells.
 */
class BodyRows {
  /** indexes (in the source) of the rows skipped */
  readonly skippedAt = new Set<number>();
  /** data rows */
  count = 0;
  private readonly skipped: Skipped[];
  /** lone-name rows since the last full row: data if a full row comes, footnotes otherwise */
  private pending: { index: number; row: Row }[] = [];

  constructor(skipped: Skipped[]) {
    this.skipped = skipped;
  }

  add(r: Row, index: number, headerKeys: readonly string[]): void {
    if (headerKeys.includes(key(r.cells))) return this.skip(index, r.line, 'repeated header row');
    const head = (r.cells[0] ?? '').trim();
    const n = filled(r.cells);
    if (FOOTNOTE.test(head) || (n < 2 && head === '')) return this.skip(index, r.line, footnote(r));
    if (n < 2) {
      this.pending.push({ index, row: r });
      return;
    }
    this.count += this.pending.length + 1;
    this.pending = [];
  }

  /** The lone-name rows after the last full row are footnotes. */
  finish(): void {
    for (const { index, row } of this.pending) this.skip(index, row.line, footnote(row));
    this.pending = [];
  }

  private skip(index: number, line: number, why: string): void {
    this.skippedAt.add(index);
    this.skipped.push({ line, why });
  }
}

function footnote(r: Row): string {
  return `footnote "${r.cells.map((c) => c.trim()).filter((c) => c !== '').join(' ')}"`;
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
