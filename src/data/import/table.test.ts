import { describe, expect, it } from 'vitest';
import { delimitedRows, detectDelimiter, shapeTable, splitDelimited } from './table.ts';
import type { Row } from './table.ts';
import { ImportFailure } from './problems.ts';
import { periodFromLabel } from './labels.ts';

describe('splitDelimited', () => {
  it('keeps quoted delimiters, doubled quotes and line breaks, and counts physical lines', () => {
    const rows = splitDelimited('a;"b;c"\r\n"x ""y""";"1\n2"\rlast;1', ';', 'f');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b;c'] },
      { line: 2, cells: ['x "y"', '1\n2'] },
      { line: 4, cells: ['last', '1'] },
    ]);
  });
});

describe('detectDelimiter', () => {
  it('prefers the delimiter giving consistent widths, ignoring title lines and quoted commas', () => {
    expect(detectDelimiter('Bảng 1, năm 2023\n"Tỉnh";"A, B";"C"\nHà Nội;1,5;2\nHuế;3,5;4\n')).toBe(';');
    expect(detectDelimiter('Tỉnh\tA\nHà Nội\t1,5\n')).toBe('\t');
    expect(detectDelimiter('Tỉnh,A\nHà Nội,"1,5"\n')).toBe(',');
  });
});

describe('shapeTable', () => {
  it('joins two header rows, carrying merged headings to the right', () => {
    const rows = splitDelimited(';2022;;2023;\nTỉnh;A;B;A;B\nHà Nội;1;2;3;4\n', ';', 'f');
    expect(shapeTable(rows).header).toEqual(['Tỉnh', '2022 | A', '2022 | B', '2023 | A', '2023 | B']);
  });

  it('keeps one header when the row below holds numbers', () => {
    const rows = splitDelimited('Tỉnh,2022,2023\nHà Nội,1,2\n', ',', 'f');
    expect(shapeTable(rows)).toEqual({ header: ['Tỉnh', '2022', '2023'], headerLines: [1], rows: [rows[1]], count: 1, skipped: [] });
  });
});

describe('a table read in passes over its text', () => {
  /** Title lines, a repeated header, a lone name between full rows (data), a source line, lone names at the end (footnotes). */
  const text = [
    'Bảng 3. Số liệu thử',
    'Tỉnh,2022,2023',
    'Hà Nội,1,2',
    'Tỉnh,2022,2023',
    'Cao Bằng,,',
    'Huế,3,4',
    'Nguồn: thử nghiệm,,',
    'Hải Phòng,5,6',
    ...Array.from({ length: 60 }, (_, i) => `Tỉnh thử ${i},${i},${i + 1}`),
    'Ghi chú,,',
    '(*) số liệu sơ bộ,,',
    'Lào Cai,,',
  ].join('\n');
  const rowsOf = (table: { rows: { forEach(visit: (row: Row) => void): void } }): Row[] => {
    const out: Row[] = [];
    table.rows.forEach((row) => out.push(row));
    return out;
  };

  it('shapes the same table as the rows held whole, and reads it again on each pass', () => {
    const whole = shapeTable(splitDelimited(text, ',', 'f'));
    const passes = shapeTable(delimitedRows(text, ',', 'f'));
    expect({ ...passes, rows: rowsOf(passes) }).toEqual({ ...whole, rows: rowsOf(whole) });
    expect(rowsOf(passes)).toEqual(rowsOf(passes));
    expect(passes.count).toBe(rowsOf(passes).length);
    expect(rowsOf(passes).map((r) => r.cells[0]).slice(0, 4)).toEqual(['Hà Nội', 'Cao Bằng', 'Huế', 'Hải Phòng']);
    expect(passes.skipped.map((s) => [s.line, s.why])).toEqual([
      [1, 'title line "Bảng 3. Số liệu thử"'],
      [4, 'repeated header row'],
      [7, 'footnote "Nguồn: thử nghiệm"'],
      [69, 'footnote "Ghi chú"'],
      [70, 'footnote "(*) số liệu sơ bộ"'],
      [71, 'footnote "Lào Cai"'],
    ]);
  });

  it('says a truncated text is truncated on the pass that meets its end', () => {
    const rows = delimitedRows('Tỉnh,2022\nHà Nội,"1', ',', 'f.csv');
    expect(() => shapeTable(rows)).toThrow(ImportFailure);
  });
});

describe('periodFromLabel', () => {
  it('reads the period labels of published tables', () => {
    expect(['2019', 'Năm 2019', 'Quý 3/2019', 'Q3 2019', '2019-Q3', 'Tháng 8/2019', '8/2019', '6 tháng đầu năm 2020', 'Tổng'].map(periodFromLabel)).toEqual([
      '2019', '2019', '2019-Q3', '2019-Q3', '2019-Q3', '2019-08', '2019-08', '2020-H1', null,
    ]);
  });
});
