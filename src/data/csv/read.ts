/**
 * Reading data/ CSV files from disk (node only): strict UTF-8 first, then the project's one CSV
 * reader, src/lib/csv/read.ts (browser-safe; its opening comment says what it accepts). A file
 * that is not valid UTF-8 is rejected as a whole: one problem naming the first bad byte, no rows.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import type { Problem } from '../check/problem.ts';
import { parseCsv, scanCsv } from '../../lib/csv/read.ts';
import type { CsvScan, CsvTable } from '../../lib/csv/read.ts';

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;

/**
 * Reads and parses a CSV file strictly.
 * @param path where to read it
 * @param displayPath what to call it in problems (relative to the project root)
 */
export async function readCsvFile(path: string, displayPath: string): Promise<CsvTable> {
  return decodeAndParse(await readFile(path), displayPath);
}

/**
 * Reads a CSV file and streams its rows (see {@link scanCsv}). A file that is not UTF-8 yields
 * no header, no rows and one problem.
 */
export async function scanCsvFile(
  path: string,
  displayPath: string,
  onRow: (line: number, fields: string[]) => void,
  onHeader?: (header: string[]) => boolean,
): Promise<CsvScan> {
  const bytes = await readFile(path);
  if (!isUtf8(bytes)) return { header: [], problems: [utf8Problem(bytes, displayPath)] };
  return scanCsv(bytes.toString('utf8'), displayPath, onRow, onHeader);
}

/** Synchronous twin of {@link readCsvFile}. */
export function readCsvFileSync(path: string, displayPath: string): CsvTable {
  return decodeAndParse(readFileSync(path), displayPath);
}

/**
 * Decodes bytes as strict UTF-8 and parses them.
 * @returns the table, or no rows and one problem when the bytes are not UTF-8
 */
export function decodeAndParse(bytes: Uint8Array, displayPath: string): CsvTable {
  if (!isUtf8(bytes)) {
    return { header: [], rows: [], problems: [utf8Problem(bytes, displayPath)] };
  }
  return parseCsv(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), displayPath);
}

/** Builds the one problem for bytes that are not UTF-8, naming the first bad byte. */
function utf8Problem(bytes: Uint8Array, displayPath: string): Problem {
  const off = firstInvalidUtf8(bytes);
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < off; k++) {
    if (bytes[k] === LF) {
      line++;
      lineStart = k + 1;
    }
  }
  const prefix = Buffer.from(bytes.buffer, bytes.byteOffset + lineStart, off - lineStart).toString('utf8');
  // The field index is counted on the physical line, toggling on quotes: exact for the usual
  // one-line record, approximate inside a multi-line quoted field.
  let column = 1;
  let inQuotes = false;
  for (let k = 0; k < prefix.length; k++) {
    const c = prefix.charCodeAt(k);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (c === COMMA && !inQuotes) column++;
  }
  const hex = (bytes[off] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return {
    file: displayPath,
    line,
    column,
    message: `not UTF-8 (byte 0x${hex} at line ${line}, character ${prefix.length + 1}); save the file as UTF-8`,
  };
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0; // overlong
      if (c === 0xed) hi = 0x9f; // surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= n) return i;
    const b1 = b[i + 1]!;
    if (b1 < lo || b1 > hi) return i;
    for (let k = 2; k <= need; k++) {
      const bk = b[i + k]!;
      if (bk < 0x80 || bk > 0xbf) return i;
    }
    i += need + 1;
  }
  return n;
}
