/**
 * Strict RFC 4180 reader for the files in data/ (docs/CONTRACTS.md: UTF-8, no BOM, comma, LF,
 * header row). A hand-written state machine rather than papaparse because every problem must
 * carry the physical line where its record starts and the field it is in, and because it has to
 * read a 150 MB file in well under a second.
 *
 * Decisions:
 * - a file that is not valid UTF-8 is rejected as a whole (one problem, no rows);
 * - a BOM is reported (data/ files must not have one) and then ignored, so the rest still checks;
 * - CRLF is accepted everywhere and normalised: a record may end in CRLF, and a CRLF inside a
 *   quoted field reads as LF (docs/CONTRACTS.md); a lone CR, in or out of quotes, is a problem;
 * - NUL and the other control characters (U+0000–U+001F but LF and CR, U+007F), and a byte order
 *   mark anywhere but at the start, are problems of the field they are in, named as such;
 * - a field longer than MAX_FIELD_CHARS or a record longer than MAX_RECORD_CHARS is a problem
 *   and the row is left out (a 10 MB cell is a mistake, and would exceed DuckDB's line limit in
 *   the bake);
 * - a record with the wrong number of fields is reported and left out of `rows`;
 * - an empty line is reported and skipped (RFC 4180 would read it as one empty field);
 * - positions inside a line are given as "character N" in messages (1-based, in UTF-16 code
 *   units as an editor shows them), while `Problem.column` is always the CSV field index.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import type { Problem } from '../check/problem.ts';

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

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const BOM = 0xfeff;
const ESCAPED_QUOTE = /""/g;

/** Longest field accepted, in characters (a long verbatim quote is a few thousand). */
export const MAX_FIELD_CHARS = 20_000;
/** Longest record accepted, in characters; ×3 bytes stays far below DuckDB's 2 000 000-byte line limit. */
export const MAX_RECORD_CHARS = 100_000;
/** Characters refused inside a field: controls but LF (and CR, which has its own rules), DEL, a BOM, a lone CR. */
const REFUSED = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F\uFEFF]|\r(?!\n)/g;
/** At most this many refused characters are reported per file. */
const MAX_REFUSED_REPORTS = 50;

/** How a refused character is named in a problem. */
function refusedName(code: number): string {
  if (code === 0) return 'NUL character (U+0000)';
  if (code === 0x0d) return 'carriage return without line feed';
  if (code === BOM) return 'byte order mark (U+FEFF) inside the file';
  if (code === 0x09) return 'tab character (U+0009)';
  return `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

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

/**
 * Parses CSV text (already decoded). The first record is the header; every other record must
 * have as many fields.
 */
export function parseCsv(text: string, displayPath: string): CsvTable {
  const rows: CsvRecord[] = [];
  const { header, problems } = scanCsv(text, displayPath, (line, fields) => {
    rows.push({ line, fields });
  });
  return { header, rows, problems };
}

/** What {@link scanCsv} returns once every row has been passed on. */
export interface CsvScan {
  header: string[];
  problems: Problem[];
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
  const problems: Problem[] = [];
  let wantRows = true;
  let header: string[] | null = null;
  const n = text.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;

  const report = (ln: number, column: number, message: string): void => {
    problems.push({ file: displayPath, line: ln, column, message });
  };

  // One regex pass finds every refused character; the parser then names the field each is in.
  const hits: number[] = [];
  REFUSED.lastIndex = 0;
  for (let m = REFUSED.exec(text); m !== null; m = REFUSED.exec(text)) hits.push(m.index);
  let nextHit = 0;
  let reported = 0;
  let recStart = 0;
  let recLineOf = 1;
  /** Checks the field text[start, end) of column `col`: refused characters and length; false to drop the row. */
  const checkField = (start: number, end: number, col: number): boolean => {
    let ok = true;
    while (nextHit < hits.length && (hits[nextHit] as number) < start) nextHit++;
    while (nextHit < hits.length && (hits[nextHit] as number) < end) {
      const at = hits[nextHit++] as number;
      ok = false;
      if (reported++ >= MAX_REFUSED_REPORTS) continue;
      let ln = recLineOf;
      for (let k = text.indexOf('\n', recStart); k !== -1 && k < at; k = text.indexOf('\n', k + 1)) ln++;
      const char = at - (text.lastIndexOf('\n', at - 1) + 1) + 1;
      report(recLineOf, col, `${refusedName(text.charCodeAt(at))} at line ${ln}, character ${char}; remove it`);
    }
    if (end - start > MAX_FIELD_CHARS) {
      report(recLineOf, col, `field of ${end - start} characters; at most ${MAX_FIELD_CHARS} are allowed`);
      ok = false;
    }
    return ok;
  };

  if (n > 0 && text.charCodeAt(0) === BOM) {
    report(1, 1, 'file starts with a byte order mark (BOM); save it as UTF-8 without BOM');
    i = 1;
    lineStart = 1;
  }

  // Skips to just after the next LF (error recovery: resume at the next physical line).
  const skipLine = (): void => {
    const k = text.indexOf('\n', i);
    if (k === -1) {
      i = n;
    } else {
      i = k + 1;
      line++;
      lineStart = i;
    }
  };

  while (i < n) {
    const recLine = line;
    recStart = i;
    recLineOf = line;
    const fields: string[] = [];
    let refused = false;
    let bad = false;
    let recordDone = false;

    while (!recordDone) {
      const col = fields.length + 1;
      if (i < n && text.charCodeAt(i) === QUOTE) {
        const qLine = line;
        const qChar = i - lineStart + 1;
        const start = i + 1;
        let j = start;
        let escaped = false;
        let closed = -1;
        for (;;) {
          const q = text.indexOf('"', j);
          // Newlines inside the quoted part advance the physical line counter.
          let k = text.indexOf('\n', j);
          const limit = q === -1 ? n : q;
          while (k !== -1 && k < limit) {
            line++;
            lineStart = k + 1;
            k = text.indexOf('\n', k + 1);
          }
          if (q === -1) break;
          if (q + 1 < n && text.charCodeAt(q + 1) === QUOTE) {
            escaped = true;
            j = q + 2;
            continue;
          }
          closed = q;
          break;
        }
        if (closed === -1) {
          report(qLine, col, `unclosed quote starting at line ${qLine}, character ${qChar}`);
          i = n;
          bad = true;
          break;
        }
        if (!checkField(start, closed, col)) refused = true;
        const raw = text.slice(start, closed);
        const unescaped = escaped ? raw.replace(ESCAPED_QUOTE, '"') : raw;
        fields.push(unescaped.includes('\r\n') ? unescaped.replaceAll('\r\n', '\n') : unescaped);
        i = closed + 1;
        const c = i < n ? text.charCodeAt(i) : LF;
        if (c === COMMA) {
          i++;
          continue;
        }
        if (c === LF) {
          i++;
          line++;
          lineStart = i;
          recordDone = true;
          continue;
        }
        if (c === CR && i + 1 < n && text.charCodeAt(i + 1) === LF) {
          i += 2;
          line++;
          lineStart = i;
          recordDone = true;
          continue;
        }
        if (c === CR) {
          report(recLine, col, `carriage return without line feed at line ${line}, character ${i - lineStart + 1}`);
          bad = true;
          skipLine();
          break;
        }
        report(
          recLine,
          col,
          `unexpected character after closing quote at line ${line}, character ${i - lineStart + 1}; expected a comma or end of line`,
        );
        bad = true;
        skipLine();
        break;
      }

      // Unquoted field: runs to the next comma or line end.
      let k = i;
      let c = 0;
      while (k < n) {
        c = text.charCodeAt(k);
        if (c === COMMA || c === LF || c === CR || c === QUOTE) break;
        k++;
      }
      if (!checkField(i, k, col)) refused = true;
      if (k >= n) {
        fields.push(text.slice(i, n));
        i = n;
        recordDone = true;
      } else if (c === COMMA) {
        fields.push(text.slice(i, k));
        i = k + 1;
      } else if (c === LF) {
        fields.push(text.slice(i, k));
        i = k + 1;
        line++;
        lineStart = i;
        recordDone = true;
      } else if (c === CR) {
        if (k + 1 < n && text.charCodeAt(k + 1) === LF) {
          fields.push(text.slice(i, k));
          i = k + 2;
          line++;
          lineStart = i;
          recordDone = true;
        } else {
          report(recLine, col, `carriage return without line feed at line ${line}, character ${k - lineStart + 1}`);
          bad = true;
          i = k;
          skipLine();
          break;
        }
      } else {
        report(
          recLine,
          col,
          `stray quote at line ${line}, character ${k - lineStart + 1}; quote the whole field and double the quote ("")`,
        );
        bad = true;
        i = k;
        skipLine();
        break;
      }
    }

    if (bad) {
      if (header === null) {
        header = fields;
        wantRows = onHeader(header);
      }
      continue;
    }
    if (!bad && i - recStart > MAX_RECORD_CHARS) {
      report(recLine, 1, `record of ${i - recStart} characters; at most ${MAX_RECORD_CHARS} are allowed`);
      refused = true;
    }
    if (refused) {
      if (header === null) {
        header = fields;
        wantRows = onHeader(header);
      }
      continue;
    }
    if (fields.length === 1 && fields[0] === '') {
      report(recLine, 1, 'empty line; remove it');
      continue;
    }
    if (header === null) {
      header = fields;
      wantRows = onHeader(header);
      continue;
    }
    if (fields.length !== header.length) {
      const column = fields.length < header.length ? fields.length + 1 : header.length + 1;
      report(recLine, column, `expected ${header.length} fields, found ${fields.length}`);
      continue;
    }
    if (wantRows) onRow(recLine, fields);
  }

  if (header === null) {
    report(1, 1, 'empty file; expected a header row');
    header = [];
  }
  if (reported > MAX_REFUSED_REPORTS) {
    report(line, 1, `${reported - MAX_REFUSED_REPORTS} more refused characters not listed (the first ${MAX_REFUSED_REPORTS} are); their rows are left out`);
  }
  return { header, problems };
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
