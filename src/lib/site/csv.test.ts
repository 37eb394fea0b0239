import { describe, expect, it } from 'vitest';
import { csvDataUrl, toCsv } from './csv.ts';

describe('toCsv', () => {
  it('quotes per RFC 4180 and writes numbers plainly', () => {
    const csv = toCsv(['geo', 'name', 'value'], [['01', 'Hà Nội', 1706.5], ['02', 'a, "b"', null]]);
    expect(csv).toBe('geo,name,value\r\n01,Hà Nội,1706.5\r\n02,"a, ""b""",\r\n');
  });
  it('neutralises text cells a spreadsheet would run as formulas, numbers stay numbers', () => {
    expect(toCsv(['q', 'v'], [['=1+1', -3], ['\tx', 2], ['+84', 0]])).toBe("q,v\r\n'=1+1,-3\r\n'\tx,2\r\n'+84,0\r\n");
  });
  it('refuses ragged rows', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(/row has 1 cells/);
  });
  it('makes a data URL with a BOM that decodes back', () => {
    const url = csvDataUrl('a\r\n1\r\n');
    expect(url.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.split(',')[1])).toBe('\uFEFFa\r\n1\r\n');
  });
});
