/**
 * The CSV tokenizer under `read.ts`: text → records, each with the physical line it starts on,
 * and every syntax problem with its line, field and character. Browser-safe (no node: imports).
 *
 * Strict (the data/ contract, docs/CONTRACTS.md), the default:
 * - a BOM at the start is reported and then ignored, so the rest still checks;
 * - a record may end in CRLF, and a CRLF inside a quoted field reads as LF; a lone CR, in or out
 *   of quotes, is a problem;
 * - NUL and the other control characters (U+0000–U+001F but LF and CR, U+007F), and a BOM
 *   anywhere but at the start, are problems of the field they are in, named as such;
 * - a field longer than MAX_FIELD_CHARS or a record longer than MAX_RECORD_CHARS is a problem (a
 *   10 MB cell is a mistake, and would exceed DuckDB's line limit in the bake);
 * - a stray quote or text after a closing quote is a problem; reading resumes on the next line.
 * Lenient (published sheets as spreadsheet programs write them): CR, LF and CRLF all end a line
 * and count as one; text after a closing quote and a quote inside an unquoted field are kept;
 * a BOM at the start is skipped; control characters and long fields are not problems. Only a
 * quote left open is reported (the file looks truncated).
 *
 * Positions inside a line are given as "character N" in messages (1-based, in UTF-16 code units
 * as an editor shows them), while `Problem.column` is always the field index.
 */
import type { Problem } from '../../data/check/problem.ts';

/** The field separators of the files read: data/ uses commas; published sheets also `;` and tab. */
export type Delimiter = ',' | ';' | '\t';

export interface ReadOptions {
  /** field separator; a comma unless given */
  delimiter?: Delimiter;
  /** read a published sheet leniently (see the opening comment); strict unless given */
  lenient?: boolean;
}

/** Reading a file piece by piece: each piece starts at a record's start (strict reading only). */
export interface PieceOptions {
  /** the physical line the piece starts on (1: the file's start, where a BOM is looked for) */
  line: number;
  /** more text follows: a record the piece ends inside is not read but left for the next piece */
  partial: boolean;
}

/** Where a tokenized piece stopped: the offset and line of the first record not read (the text's end when all was read). */
export interface Stop {
  offset: number;
  line: number;
}

/** Longest field accepted, in characters (a long verbatim quote is a few thousand). */
export const MAX_FIELD_CHARS = 20_000;
/** Longest record accepted, in characters; ×3 bytes stays far below DuckDB's 2 000 000-byte line limit. */
export const MAX_RECORD_CHARS = 100_000;
/** Characters refused inside a field: controls but LF (and CR, which has its own rules), DEL, a BOM, a lone CR. */
const REFUSED = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F\uFEFF]|\r(?!\n)/g;
/** At most this many refused characters are reported per file. */
const MAX_REFUSED_REPORTS = 50;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const BOM = 0xfeff;
const ESCAPED_QUOTE = /""/g;

/** How a refused character is named in a problem. */
function refusedName(code: number): string {
  if (code === 0) return 'NUL character (U+0000)';
  if (code === CR) return 'carriage return without line feed';
  if (code === BOM) return 'byte order mark (U+FEFF) inside the file';
  if (code === 0x09) return 'tab character (U+0009)';
  return `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Splits `text` into records, passing each to `onRecord` with `ok` false when it has a problem
 * (its fields are then what could be read). Problems are pushed onto `problems` in file order.
 */
export function tokenize(
  text: string,
  displayPath: string,
  problems: Problem[],
  onRecord: (line: number, fields: string[], ok: boolean) => void,
  options: ReadOptions = {},
  piece: PieceOptions = { line: 1, partial: false },
): Stop {
  const lenient = options.lenient === true;
  const DELIM = (options.delimiter ?? ',').charCodeAt(0);
  const n = text.length;
  let i = 0;
  let line = piece.line;
  let lineStart = 0;

  const report = (ln: number, column: number, message: string): void => {
    problems.push({ file: displayPath, line: ln, column, message });
  };

  // One regex pass finds every refused character; the parser then names the field each is in.
  const hits: number[] = [];
  if (!lenient) {
    REFUSED.lastIndex = 0;
    for (let m = REFUSED.exec(text); m !== null; m = REFUSED.exec(text)) hits.push(m.index);
  }
  let nextHit = 0;
  let reported = 0;
  let recStart = 0;
  let recLineOf = 1;
  /** Checks the field text[start, end) of column `col`: refused characters and length; false to drop the row. */
  const checkField = (start: number, end: number, col: number): boolean => {
    if (lenient) return true;
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

  if (piece.line === 1 && n > 0 && text.charCodeAt(0) === BOM) {
    if (!lenient) report(1, 1, 'file starts with a byte order mark (BOM); save it as UTF-8 without BOM');
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
  // Ends the record at the line break at `at` (LF, CRLF, or in lenient reading a lone CR).
  const endLine = (at: number): void => {
    i = at + (text.charCodeAt(at) === CR && text.charCodeAt(at + 1) === LF ? 2 : 1);
    line++;
    lineStart = i;
  };

  while (i < n) {
    const recLine = line;
    recStart = i;
    recLineOf = line;
    const problemsBefore = problems.length;
    const reportedBefore = reported;
    const fields: string[] = [];
    let refused = false;
    let bad = false;
    let recordDone = false;
    let openQuote = false;

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
          openQuote = true;
          report(
            qLine,
            col,
            lenient
              ? `file ends inside a quoted field that starts on line ${qLine}; the file looks truncated`
              : `unclosed quote starting at line ${qLine}, character ${qChar}`,
          );
          i = n;
          bad = true;
          break;
        }
        if (!checkField(start, closed, col)) refused = true;
        const raw = text.slice(start, closed);
        const unescaped = escaped ? raw.replace(ESCAPED_QUOTE, '"') : raw;
        i = closed + 1;
        if (lenient) {
          line += loneCrs(raw);
          // Text after the closing quote up to the delimiter is kept, as spreadsheets do.
          const k = fieldEnd(text, i, DELIM, false);
          fields.push(unescaped + text.slice(i, k));
          i = k;
          if (i >= n) recordDone = true;
          else if (text.charCodeAt(i) === DELIM) i++;
          else {
            endLine(i);
            recordDone = true;
          }
          continue;
        }
        fields.push(unescaped.includes('\r\n') ? unescaped.replaceAll('\r\n', '\n') : unescaped);
        // The text's end reads as a line end after it (one past the end, as a LF would be).
        const c = i < n ? text.charCodeAt(i) : LF;
        if (c === DELIM) {
          i++;
          continue;
        }
        if (c === LF || (c === CR && i + 1 < n && text.charCodeAt(i + 1) === LF)) {
          endLine(i);
          recordDone = true;
          continue;
        }
        if (c === CR) {
          report(recLine, col, `carriage return without line feed at line ${line}, character ${i - lineStart + 1}`);
        } else {
          report(
            recLine,
            col,
            `unexpected character after closing quote at line ${line}, character ${i - lineStart + 1}; expected a comma or end of line`,
          );
        }
        bad = true;
        skipLine();
        break;
      }

      // Unquoted field: runs to the next delimiter or line end (strict: or a stray quote).
      const k = fieldEnd(text, i, DELIM, !lenient);
      const c = k < n ? text.charCodeAt(k) : 0;
      if (!checkField(i, k, col)) refused = true;
      if (k >= n) {
        fields.push(text.slice(i, n));
        i = n;
        recordDone = true;
      } else if (c === DELIM) {
        fields.push(text.slice(i, k));
        i = k + 1;
      } else if (c === LF) {
        fields.push(text.slice(i, k));
        i = k + 1;
        line++;
        lineStart = i;
        recordDone = true;
      } else if (c === CR && (lenient || text.charCodeAt(k + 1) === LF)) {
        fields.push(text.slice(i, k));
        endLine(k);
        recordDone = true;
      } else {
        report(
          recLine,
          col,
          c === CR
            ? `carriage return without line feed at line ${line}, character ${k - lineStart + 1}`
            : `stray quote at line ${line}, character ${k - lineStart + 1}; quote the whole field and double the quote ("")`,
        );
        bad = true;
        i = k;
        skipLine();
        break;
      }
    }

    // a record the piece ends inside (no line end after it) is read again with the next piece
    if (piece.partial && (openQuote || text.charCodeAt(i - 1) !== LF)) {
      problems.length = problemsBefore;
      reported = reportedBefore;
      return { offset: recStart, line: recLine };
    }
    if (!bad && !lenient && i - recStart > MAX_RECORD_CHARS) {
      report(recLine, 1, `record of ${i - recStart} characters; at most ${MAX_RECORD_CHARS} are allowed`);
      refused = true;
    }
    onRecord(recLine, fields, !bad && !refused);
  }

  if (reported > MAX_REFUSED_REPORTS) {
    report(line, 1, `${reported - MAX_REFUSED_REPORTS} more refused characters not listed (the first ${MAX_REFUSED_REPORTS} are); their rows are left out`);
  }
  return { offset: n, line };
}

/** Where the field starting at `from` ends: the next delimiter, CR, LF (or quote when `quoteEnds`), or the text's end. */
function fieldEnd(text: string, from: number, delim: number, quoteEnds: boolean): number {
  const n = text.length;
  let k = from;
  // Two loops rather than one test more per character: this is the reader's hot path.
  if (quoteEnds) {
    for (let c = text.charCodeAt(k); k < n && c !== delim && c !== LF && c !== CR && c !== QUOTE; c = text.charCodeAt(++k));
  } else {
    for (let c = text.charCodeAt(k); k < n && c !== delim && c !== LF && c !== CR; c = text.charCodeAt(++k));
  }
  return k;
}

/** Lone CRs (not followed by LF) in `s`: line breaks of their own in lenient reading. */
function loneCrs(s: string): number {
  let k = 0;
  for (let at = s.indexOf('\r'); at !== -1; at = s.indexOf('\r', at + 1)) if (s.charCodeAt(at + 1) !== LF) k++;
  return k;
}
