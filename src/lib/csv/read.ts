/**
 * THE CSV reader of the project: the checker, the bake, the importer (published sheets, with a
 * delimiter and lenient reading), the changelog and the geo reference rows of the site and
 * explore all read CSV through it. Browser-safe; reading files from disk and UTF-8 checking are
 * in src/data/csv/read.ts.
 *
 * A hand-written state machine (`records.ts`) rather than papaparse, the parser the design
 * names: the test "papaparse cannot locate these problems" in read.test.ts feeds papaparse the
 * problems the checker reports and shows that it accepts a stray quote, a lone CR, control
 * characters and a BOM without a word, and gives a wrong field count as a row index without
 * an offset. Every problem here carries the physical line where its record starts and the
 * field it is in; and it reads a 150 MB file in well under a second.
 *
 * On top of the tokenizer (strict reading only): the first record is the header; a record with
 * the wrong number of fields is reported and left out; an empty line is reported and skipped
 * (RFC 4180 would read it as one empty field); a record with a problem is left out.
 */
import type { Problem } from '../../data/check/problem.ts';
import { tokenize } from './records.ts';
import type { ReadOptions } from './records.ts';

export { MAX_FIELD_CHARS, MAX_RECORD_CHARS } from './records.ts';
export type { Delimiter, ReadOptions } from './records.ts';

export interface CsvRecord {
  /** physical 1-based line on which the record starts */
  line: number;
  fields: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRecord[];
  problems: Problem[];
}

/** What {@link scanCsv} returns once every row has been passed on. */
export interface CsvScan {
  header: string[];
  problems: Problem[];
}

/**
 * Parses CSV text (already decoded) strictly. The first record is the header; every other
 * record must have as many fields.
 */
export function parseCsv(text: string, displayPath: string): CsvTable {
  const rows: CsvRecord[] = [];
  const { header, problems } = scanCsv(text, displayPath, (line, fields) => {
    rows.push({ line, fields });
  });
  return { header, rows, problems };
}

/**
 * Streaming twin of {@link parseCsv}: passes each well-formed row to `onRow` instead of keeping
 * it, so a caller that turns rows into its own objects (the checker, on a million rows) does not
 * hold every record in memory at once.
 * @param onHeader called once with the header; return false to skip the rows (e.g. wrong header)
 */
export function scanCsv(
  text: string,
  displayPath: string,
  onRow: (line: number, fields: string[]) => void,
  onHeader: (header: string[]) => boolean = () => true,
): CsvScan {
  return scanCsvPieces([text], displayPath, onRow, onHeader);
}

/**
 * {@link scanCsv} over text that comes in pieces, joined in order (a large file read a few MB at a
 * time, never whole): a record a piece ends inside is read with the next one. The rows and
 * problems are those of the joined text, but for the count of refused characters listed (at
 * most 50 per piece rather than per file).
 */
export function scanCsvPieces(
  pieces: Iterable<string>,
  displayPath: string,
  onRow: (line: number, fields: string[]) => void,
  onHeader: (header: string[]) => boolean = () => true,
): CsvScan {
  const problems: Problem[] = [];
  let header: string[] | null = null;
  let wantRows = true;
  const report = (line: number, column: number, message: string): void => {
    problems.push({ file: displayPath, line, column, message });
  };
  const onRecord = (line: number, fields: string[], ok: boolean): void => {
    if (ok && fields.length === 1 && fields[0] === '') {
      report(line, 1, 'empty line; remove it');
    } else if (header === null) {
      header = fields;
      wantRows = onHeader(header);
    } else if (!ok) {
      // already reported by the tokenizer
    } else if (fields.length !== header.length) {
      const column = fields.length < header.length ? fields.length + 1 : header.length + 1;
      report(line, column, `expected ${header.length} fields, found ${fields.length}`);
    } else if (wantRows) {
      onRow(line, fields);
    }
  };
  let rest = '';
  let line = 1;
  const iterator = pieces[Symbol.iterator]();
  for (let piece = iterator.next(); !piece.done; ) {
    const after = iterator.next();
    const text = rest + piece.value;
    const stop = tokenize(text, displayPath, problems, onRecord, {}, { line, partial: after.done !== true });
    rest = text.slice(stop.offset);
    line = stop.line;
    piece = after;
  }
  if (header === null) {
    // The tokenizer's last problem (refused characters not listed) needs a record, hence a header.
    report(1, 1, 'empty file; expected a header row');
    header = [];
  }
  return { header, problems };
}

/**
 * Every record of delimited text, as published sheets are read (`lenient` unless told
 * otherwise): no header, no field count; blank records (every field empty or spaces) left out.
 * @returns the records and the problems (leniently: only a quote left open)
 */
export function readRecords(text: string, displayPath: string, options: ReadOptions = {}): { records: CsvRecord[]; problems: Problem[] } {
  const records: CsvRecord[] = [];
  const problems = forEachRecord(text, displayPath, (line, fields) => records.push({ line, fields }), options);
  return { records, problems };
}

/**
 * {@link readRecords} handing each record on instead of keeping it (a caller that makes its own
 * row objects holds them once, not twice).
 * @returns the problems
 */
export function forEachRecord(text: string, displayPath: string, onRecord: (line: number, fields: string[]) => void, options: ReadOptions = {}): Problem[] {
  const problems: Problem[] = [];
  tokenize(text, displayPath, problems, (line, fields, ok) => {
    if (ok && fields.some((f) => f.trim() !== '')) onRecord(line, fields);
  }, { lenient: true, ...options });
  return problems;
}
