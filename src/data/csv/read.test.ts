import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeAndParse, firstInvalidUtf8, MAX_FIELD_CHARS, MAX_RECORD_CHARS, parseCsv, readCsvFile, readCsvFileSync } from './read.ts';
import { formatProblem } from '../check/problem.ts';

const F = 'data/x.csv';
const lines = (text: string): string[] => parseCsv(text, F).problems.map(formatProblem);

describe('parseCsv', () => {
  it('reads header and rows with physical line numbers', () => {
    const t = parseCsv('a,b,c\n1,2,3\n4,5,6\n', F);
    expect(t.header).toEqual(['a', 'b', 'c']);
    expect(t.rows).toEqual([
      { line: 2, fields: ['1', '2', '3'] },
      { line: 3, fields: ['4', '5', '6'] },
    ]);
    expect(t.problems).toEqual([]);
  });

  it('accepts a missing final newline', () => {
    expect(parseCsv('a,b\n1,2', F).rows).toEqual([{ line: 2, fields: ['1', '2'] }]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv('a,b,c\n,,\n1,,\n', F).rows.map((r) => r.fields)).toEqual([
      ['', '', ''],
      ['1', '', ''],
    ]);
  });

  it('unquotes quoted fields with commas, doubled quotes and newlines', () => {
    const t = parseCsv('a,b\n"x, y","say ""hi"""\n"multi\nline",z\n4,5\n', F);
    expect(t.rows).toEqual([
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 3, fields: ['multi\nline', 'z'] },
      { line: 5, fields: ['4', '5'] },
    ]);
  });

  it('tolerates CRLF, also after a quoted field', () => {
    const t = parseCsv('a,b\r\n1,"2"\r\n3,4\r\n', F);
    expect(t.rows.map((r) => r.fields)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(t.problems).toEqual([]);
  });

  it('normalises CRLF everywhere: record ends and inside a quoted field read as LF', () => {
    expect(parseCsv('a,b\r\n"x\r\ny",2\r\n', F)).toEqual({ header: ['a', 'b'], rows: [{ line: 2, fields: ['x\ny', '2'] }], problems: [] });
  });

  it('names a lone CR, in or out of quotes, and leaves the row out', () => {
    const t = parseCsv('a,b\n"x\ry",2\n3,4\r5\n"z"\r\n"w"\r,6\n', F);
    expect(t.problems.map(formatProblem)).toEqual([
      'data/x.csv:2:1: carriage return without line feed at line 2, character 3; remove it',
      'data/x.csv:3:2: carriage return without line feed at line 3, character 4',
      'data/x.csv:4:2: expected 2 fields, found 1',
      'data/x.csv:5:1: carriage return without line feed at line 5, character 4',
    ]);
    expect(t.rows).toEqual([]);
  });

  it('refuses NUL, other control characters and a BOM inside the file, naming each with its place', () => {
    const t = parseCsv('a,b\n1,x\u0000y\n"q\nr\u001b",2\n3,\uFEFF4\n5,ok\n', F);
    expect(t.problems.map(formatProblem)).toEqual([
      'data/x.csv:2:2: NUL character (U+0000) at line 2, character 4; remove it',
      'data/x.csv:3:1: control character U+001B at line 4, character 2; remove it',
      'data/x.csv:5:2: byte order mark (U+FEFF) inside the file at line 5, character 3; remove it',
    ]);
    expect(t.rows).toEqual([{ line: 6, fields: ['5', 'ok'] }]);
  });

  it('lists the first 50 refused characters of a file, then counts the rest', () => {
    const t = parseCsv('a\n' + 'x\u0000\n'.repeat(60), F);
    expect(t.problems).toHaveLength(51);
    expect(formatProblem(t.problems[50]!)).toBe('data/x.csv:62:1: 10 more refused characters not listed (the first 50 are); their rows are left out');
    expect(t.rows).toEqual([]);
  });

  it('refuses a field or a record over the size limits, and goes on', () => {
    const big = 'x'.repeat(MAX_FIELD_CHARS + 1);
    const wide = Array.from({ length: 6 }, () => 'y'.repeat(MAX_FIELD_CHARS)).join(',');
    const t = parseCsv(`a,b,c,d,e,f\n1,"${big}",3,4,5,6\n${wide}\n1,2,3,4,5,6\n`, F);
    expect(t.problems.map(formatProblem)).toEqual([
      `data/x.csv:2:2: field of ${MAX_FIELD_CHARS + 1} characters; at most ${MAX_FIELD_CHARS} are allowed`,
      `data/x.csv:3:1: record of ${6 * MAX_FIELD_CHARS + 6} characters; at most ${MAX_RECORD_CHARS} are allowed`,
    ]);
    expect(t.rows).toEqual([{ line: 4, fields: ['1', '2', '3', '4', '5', '6'] }]);
  });

  it('reports a BOM and still reads the file', () => {
    const t = parseCsv('\uFEFFa,b\n1,2\n', F);
    expect(t.header).toEqual(['a', 'b']);
    expect(t.rows).toHaveLength(1);
    expect(t.problems.map(formatProblem)).toEqual([
      'data/x.csv:1:1: file starts with a byte order mark (BOM); save it as UTF-8 without BOM',
    ]);
  });

  it('reports wrong field counts and leaves those rows out', () => {
    const t = parseCsv('a,b,c\n1,2\n1,2,3,4\n5,6,7\n', F);
    expect(t.problems.map(formatProblem)).toEqual([
      'data/x.csv:2:3: expected 3 fields, found 2',
      'data/x.csv:3:4: expected 3 fields, found 4',
    ]);
    expect(t.rows).toEqual([{ line: 4, fields: ['5', '6', '7'] }]);
  });

  it('reports an unclosed quote where it starts', () => {
    expect(lines('a,b\n1,2\n3,"abc\n4,5\n')).toEqual([
      'data/x.csv:3:2: unclosed quote starting at line 3, character 3',
    ]);
  });

  it('reports a stray quote inside an unquoted field and resumes on the next line', () => {
    const t = parseCsv('a,b\n1,ab"c\n3,4\n', F);
    expect(t.problems.map(formatProblem)).toEqual([
      'data/x.csv:2:2: stray quote at line 2, character 5; quote the whole field and double the quote ("")',
    ]);
    expect(t.rows).toEqual([{ line: 3, fields: ['3', '4'] }]);
  });

  it('reports text after a closing quote', () => {
    expect(lines('a,b\n"x"y,2\n')).toEqual([
      'data/x.csv:2:1: unexpected character after closing quote at line 2, character 4; expected a comma or end of line',
    ]);
  });

  it('counts lines inside multi-line fields for later records', () => {
    expect(lines('a,b\n"1\n\n",2\n3\n')).toEqual(['data/x.csv:5:2: expected 2 fields, found 1']);
  });

  it('reports a lone CR', () => {
    expect(lines('a,b\n1,2\r3,4\n')).toEqual([
      'data/x.csv:2:2: carriage return without line feed at line 2, character 4',
    ]);
  });

  it('reports empty lines and an empty file', () => {
    expect(lines('a\n1\n\n2\n')).toEqual(['data/x.csv:3:1: empty line; remove it']);
    expect(lines('')).toEqual(['data/x.csv:1:1: empty file; expected a header row']);
  });
});

describe('UTF-8', () => {
  it('rejects bytes that are not UTF-8, naming the byte, line and character', () => {
    // "a,b\nxé,1\n2,\xE0y\n": 0xE0 followed by an ASCII byte is malformed.
    const bytes = Buffer.concat([Buffer.from('a,b\nxé,1\n2,', 'utf8'), Buffer.from([0xe0]), Buffer.from('y\n')]);
    const t = decodeAndParse(bytes, F);
    expect(t.rows).toEqual([]);
    expect(t.problems.map(formatProblem)).toEqual([
      'data/x.csv:3:2: not UTF-8 (byte 0xE0 at line 3, character 3); save the file as UTF-8',
    ]);
  });

  it('finds the first invalid byte (overlong, surrogate, truncated)', () => {
    expect(firstInvalidUtf8(Buffer.from('héllo'))).toBe(6);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0x42, 0xe1, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(Buffer.from([0xf0, 0x9f, 0x98, 0x80]))).toBe(4);
  });

  it('reads Windows-1258 text as a problem, not as mojibake', () => {
    // "Hà Nội" in Windows-1258: 0xE0 for à.
    const t = decodeAndParse(Buffer.from([0x6e, 0x0a, 0x48, 0xe0, 0x20, 0x4e, 0x0a]), F);
    expect(t.problems[0]?.message).toBe('not UTF-8 (byte 0xE0 at line 2, character 2); save the file as UTF-8');
  });
});

describe('readCsvFile', () => {
  it('reads a file from disk, async and sync', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csv-'));
    const p = join(dir, 'a.csv');
    writeFileSync(p, 'a,b\n"Hà Nội",1\n');
    const expected = { header: ['a', 'b'], rows: [{ line: 2, fields: ['Hà Nội', '1'] }], problems: [] };
    expect(await readCsvFile(p, 'data/a.csv')).toEqual(expected);
    expect(readCsvFileSync(p, 'data/a.csv')).toEqual(expected);
  });
});
