/**
 * Reading data/ CSV files from disk (node only): strict UTF-8 first, then the project's one CSV
 * reader, src/lib/csv/read.ts (browser-safe; its opening comment says what it accepts). A file
 * that is not valid UTF-8 is rejected as a whole: one problem naming the first bad byte, no rows.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import type { Problem } from '../check/problem.ts';
import { parseCsv, scanCsvPieces } from '../../lib/csv/read.ts';
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

/** How much of a file the streaming reader holds at once (plus the record a piece ends inside). */
export const PIECE_BYTES = 8 << 20;

/**
 * Reads a CSV file and streams its rows (see {@link scanCsvPieces}), a few MB at a time so that a
 * file of any size is never held whole. A file that is not UTF-8 yields no header, no rows and
 * one problem: every piece is checked before any row is read.
 */
export async function scanCsvFile(
  path: string,
  displayPath: string,
  onRow: (line: number, fields: string[]) => void,
  onHeader?: (header: string[]) => boolean,
  pieceBytes = PIECE_BYTES,
): Promise<CsvScan> {
  let line = 1;
  for (const piece of linePieces(path, pieceBytes)) {
    if (!isUtf8(piece)) return { header: [], problems: [utf8Problem(piece, displayPath, line)] };
    for (let k = piece.indexOf(LF); k !== -1; k = piece.indexOf(LF, k + 1)) line++;
  }
  const text = function* (): Generator<string> {
    for (const piece of linePieces(path, pieceBytes)) yield piece.toString('utf8');
  };
  return scanCsvPieces(text(), displayPath, onRow, onHeader);
}

/**
 * The file's bytes in pieces of about `size` bytes, each cut after a line feed (never inside a
 * UTF-8 sequence: LF is no part of one), the last piece whatever remains.
 */
function* linePieces(path: string, size: number): Generator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    let carry = Buffer.alloc(0);
    // one buffer for every read: each piece is used up (checked or decoded) before the next read
    const chunk = Buffer.allocUnsafe(size);
    for (;;) {
      const n = readSync(fd, chunk, 0, size, null);
      if (n === 0) break;
      const bytes = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
      const cut = bytes.lastIndexOf(LF) + 1;
      if (cut > 0) yield bytes.subarray(0, cut);
      carry = Buffer.from(bytes.subarray(cut));
    }
    if (carry.length > 0) yield carry;
  } finally {
    closeSync(fd);
  }
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

/** Builds the one problem for bytes that are not UTF-8 (starting on line `firstLine`), naming the first bad byte. */
function utf8Problem(bytes: Uint8Array, displayPath: string, firstLine = 1): Problem {
  const off = firstInvalidUtf8(bytes);
  let line = firstLine;
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
