/**
 * THE CSV writer of the project (browser-safe): data/ files written by the importer, the bake's
 * downloads, the site's chart downloads, explore's result and `npm run query -- --csv` all write
 * through it. RFC 4180: comma-separated, a field quoted only when it must be (a quote, comma, CR
 * or LF inside), a quote inside doubled. Each caller picks its bytes: data/ files are LF without
 * a BOM (the defaults, docs/CONTRACTS.md); downloads neutralise formulas (formula.ts) and the
 * site's and explore's use CRLF, explore's with a BOM.
 */
import { neutralizeText } from './formula.ts';

/** A value of a CSV cell: null and undefined are written empty, numbers and booleans as `String` does. */
export type CsvValue = string | number | boolean | null | undefined;

export interface FieldOptions {
  /** put an apostrophe before text a spreadsheet would run as a formula (downloads; numbers untouched) */
  neutralize?: boolean;
  /** also quote text with leading or trailing white space, which some spreadsheet programs trim */
  quoteSpaces?: boolean;
}

export interface WriteOptions extends FieldOptions {
  /** a UTF-8 byte order mark first, so spreadsheet programs read Vietnamese as UTF-8 */
  bom?: boolean;
  /** line end of every record, the last included; LF unless given */
  eol?: '\n' | '\r\n';
}

const NEEDS_QUOTES = /[",\r\n]/;
const EDGE_SPACE = /^\s|\s$/;

/**
 * One CSV field, quoted only when it must be.
 * @returns the field as written
 */
export function csvField(value: CsvValue, options: FieldOptions = {}): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? (options.neutralize ? neutralizeText(value) : value) : String(value);
  return NEEDS_QUOTES.test(text) || (options.quoteSpaces === true && EDGE_SPACE.test(text)) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One record: its fields joined with commas, without a line end.
 * @returns the record as written
 */
export function csvLine(values: readonly CsvValue[], options: FieldOptions = {}): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += (i ? ',' : '') + csvField(values[i], options);
  return line;
}

/**
 * A whole CSV text: an optional BOM, then every record (the header is the first) followed by `eol`.
 * @returns the text as written
 */
export function csvText(rows: readonly (readonly CsvValue[])[], options: WriteOptions = {}): string {
  const eol = options.eol ?? '\n';
  let text = options.bom ? '\uFEFF' : '';
  for (const row of rows) text += csvLine(row, options) + eol;
  return text;
}
