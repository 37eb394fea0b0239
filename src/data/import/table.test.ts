import { describe, expect, it } from 'vitest';
import { detectDelimiter, shapeTable, splitDelimited } from './table.ts';
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
    expect(shapeTable(rows)).toEqual({ header: ['Tỉnh', '2022', '2023'], headerLines: [1], rows: [rows[1]], skipped: [] });
  });
});

describe('periodFromLabel', () => {
  it('reads the period labels of published tables', () => {
    expect(['2019', 'Năm 2019', 'Quý 3/2019', 'Q3 2019', '2019-Q3', 'Tháng 8/2019', '8/2019', '6 tháng đầu năm 2020', 'Tổng'].map(periodFromLabel)).toEqual([
      '2019', '2019', '2019-Q3', '2019-Q3', '2019-Q3', '2019-08', '2019-08', '2020-H1', null,
    ]);
  });
});
