import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { MAX_FIELD_CHARS, MAX_RECORD_CHARS, parseCsv, readRecords } from './read.ts';
import { formatProblem } from '../../data/check/problem.ts';

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

describe('readRecords (published sheets)', () => {
  const sheets: { what: string; text: string; delimiter: ';' | '\t'; records: [number, string[]][] }[] = [
    {
      what: 'reads semicolons leniently: quoted delimiters, doubled quotes, line breaks, a lone CR as a line end',
      text: 'a;"b;c"\r\n"x ""y""";"1\n2"\rlast;1',
      delimiter: ';',
      records: [[1, ['a', 'b;c']], [2, ['x "y"', '1\n2']], [4, ['last', '1']]],
    },
    {
      what: 'keeps text after a closing quote, stray quotes, control characters; skips a BOM and blank records',
      text: '\uFEFFTỉnh\tA\n"Hà" Nội\t1"5\n\t \n\u0001x\t\r\n',
      delimiter: '\t',
      records: [[1, ['Tỉnh', 'A']], [2, ['Hà Nội', '1"5']], [4, ['\u0001x', '']]],
    },
  ];
  for (const c of sheets) {
    it(c.what, () => {
      expect(readRecords(c.text, 'f', { delimiter: c.delimiter })).toEqual({ records: c.records.map(([line, fields]) => ({ line, fields })), problems: [] });
    });
  }

  it('counts a lone CR inside a quoted field as a line, and reports a quote left open where it starts', () => {
    expect(readRecords('"a\rb",1\n2,3\n', 'f').records.map((r) => r.line)).toEqual([1, 3]);
    expect(readRecords('x;y\n1;"2\n3\n', 'f', { delimiter: ';' }).problems.map(formatProblem)).toEqual([
      'f:2:2: file ends inside a quoted field that starts on line 2; the file looks truncated',
    ]);
  });

  it('reads strictly when told, with the delimiter given', () => {
    expect(readRecords('a;b\n1;x"y\n', 'f', { delimiter: ';', lenient: false }).problems.map(formatProblem)).toEqual([
      'f:2:2: stray quote at line 2, character 4; quote the whole field and double the quote ("")',
    ]);
  });
});

/** Where papaparse puts each problem it reports: "line L, character C" from its offset, or its row index when it gives no offset. */
function papaparseSays(text: string, header = false): string[] {
  const result = Papa.parse<string[]>(text, { delimiter: ',', newline: '\n', header });
  return result.errors.map((e) => {
    if (e.index === undefined) return `row ${e.row ?? '?'} (no offset)`;
    const line = text.slice(0, e.index).split('\n').length;
    return `line ${line}, character ${e.index - (text.lastIndexOf('\n', e.index - 1) + 1) + 1}`;
  });
}

// The decision the opening comment of read.ts names: papaparse 5 is fed every problem the
// checker reports (test/fixtures/check/csv-*); what it says is recorded beside the checker's.
// It locates an open quote (one character late) and text after a closing quote (at the field's
// start); a wrong field count comes as a data row index, which is not the line once a field
// spans lines (row 1 is line 4 here); the rest it accepts without a word.
describe('papaparse cannot locate these problems', () => {
  const cases: { problem: string; text: string; checker: string; papaparse: string[]; header?: boolean }[] = [
    { problem: 'unclosed quote', text: 'a,b\n1,2\n3,"abc\n4,5\n', checker: '3:2: unclosed quote starting at line 3, character 3', papaparse: ['line 3, character 4'] },
    { problem: 'text after a closing quote', text: 'a,b\n"x"y,2\n', checker: '2:1: unexpected character after closing quote at line 2, character 4; expected a comma or end of line', papaparse: ['line 2, character 2', 'line 2, character 2'] },
    { problem: 'stray quote in an unquoted field', text: 'a,b\n1,ab"c\n3,4\n', checker: '2:2: stray quote at line 2, character 5; quote the whole field and double the quote ("")', papaparse: [] },
    { problem: 'lone CR', text: 'a,b\n1,2\r3,4\n', checker: '2:2: carriage return without line feed at line 2, character 4', papaparse: [] },
    { problem: 'NUL', text: 'a,b\n1,x\u0000y\n', checker: '2:2: NUL character (U+0000) at line 2, character 4; remove it', papaparse: [] },
    { problem: 'control character', text: 'a,b\n1,x\u001by\n', checker: '2:2: control character U+001B at line 2, character 4; remove it', papaparse: [] },
    { problem: 'BOM at the start', text: '\uFEFFa,b\n1,2\n', checker: '1:1: file starts with a byte order mark (BOM); save it as UTF-8 without BOM', papaparse: [] },
    { problem: 'BOM inside', text: 'a,b\n3,\uFEFF4\n', checker: '2:2: byte order mark (U+FEFF) inside the file at line 2, character 3; remove it', papaparse: [] },
    { problem: 'wrong field count', text: 'a,b\n"x\ny",2\n1', checker: '4:2: expected 2 fields, found 1', papaparse: ['row 1 (no offset)'], header: true },
    { problem: 'empty line', text: 'a\n1\n\n2\n', checker: '3:1: empty line; remove it', papaparse: [] },
  ];
  for (const c of cases) {
    it(`${c.problem}: papaparse says ${c.papaparse.length ? c.papaparse.join('; ') : 'nothing'}`, () => {
      expect(lines(c.text)).toContain(`${F}:${c.checker}`);
      expect(papaparseSays(c.text, c.header)).toEqual(c.papaparse);
    });
  }
});
