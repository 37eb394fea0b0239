import { describe, expect, it } from 'vitest';
import { csvField, csvLine, csvText } from './write.ts';
import { parseCsv } from './read.ts';

describe('csvField', () => {
  it('quotes only a field with a quote, comma, CR or LF, doubling quotes', () => {
    expect(['plain', 'Hà Nội', 'a,b', 'say "hi"', 'x\ny', 'x\ry', ' edge ', ''].map((v) => csvField(v))).toEqual([
      'plain', 'Hà Nội', '"a,b"', '"say ""hi"""', '"x\ny"', '"x\ry"', ' edge ', '',
    ]);
  });

  it('writes null and undefined empty, numbers and booleans as String does', () => {
    expect([null, undefined, 62.5, -3, 0, true, false].map((v) => csvField(v))).toEqual(['', '', '62.5', '-3', '0', 'true', 'false']);
  });

  it('neutralises text that would start a formula when asked, never numbers', () => {
    expect(['=1+1', '-3', '@a', '\tx', "'=x", 'ok'].map((v) => csvField(v, { neutralize: true }))).toEqual(["'=1+1", "'-3", "'@a", "'\tx", "''=x", 'ok']);
    expect(csvField(-3, { neutralize: true })).toBe('-3');
    expect(csvField('=HYPERLINK("u")', { neutralize: true })).toBe('"\'=HYPERLINK(""u"")"');
    expect(csvField('=1')).toBe('=1');
  });

  it('quotes text with spaces at either end when asked', () => {
    expect([' a', 'b ', 'c d'].map((v) => csvField(v, { quoteSpaces: true }))).toEqual(['" a"', '"b "', 'c d']);
  });
});

describe('csvLine and csvText', () => {
  it('joins fields with commas, without a line end', () => {
    expect(csvLine(['a', 1, null, 'x,y'])).toBe('a,1,,"x,y"');
  });

  it('writes LF without a BOM unless told, every record ended', () => {
    expect(csvText([['a', 'b'], [1, 'x']])).toBe('a,b\n1,x\n');
    expect(csvText([['a'], ['=1']], { bom: true, eol: '\r\n', neutralize: true })).toBe("\uFEFFa\r\n'=1\r\n");
    expect(csvText([])).toBe('');
  });

  it('is read back by the reader unchanged', () => {
    const rows = [['id', 'quote'], ['1', 'Đạt "86,5%"\nở dòng hai'], ['2', '']];
    expect(parseCsv(csvText(rows), 'f')).toEqual({ header: rows[0], rows: [{ line: 2, fields: rows[1] }, { line: 4, fields: rows[2] }], problems: [] });
  });
});
