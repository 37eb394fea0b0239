import { describe, expect, it } from 'vitest';
import { offsetOf, parseQueryError } from './errors.ts';

describe('parseQueryError', () => {
  it('reads line and column from the caret under a short line', () => {
    const sql = 'SELECT 1\nFROM figures\nWHER value > 0';
    const text = 'Parser Error: syntax error at or near "WHER"\n\nLINE 3: WHER value > 0\n        ^\n\nLINE 3: WHER value > 0\n        ^';
    expect(parseQueryError(text, sql)).toEqual({ message: 'Parser Error: syntax error at or near "WHER"', position: { line: 3, column: 1 } });
  });
  it('maps a caret under a shortened excerpt back to the real column', () => {
    const sql = "select 42::hugeint h, DATE '2020-01-02' d, 1.5::decimal(5,2) dec";
    const text =
      'Parser Error: syntax error at or near "dec"\n\n' +
      "LINE 1: ...lect 42::hugeint h, DATE '2020-01-02' d, 1.5::decimal(5,2) dec\n" +
      '                                                                      ^';
    const parsed = parseQueryError(text, sql);
    expect(parsed.position).toEqual({ line: 1, column: sql.indexOf(' dec') + 2 });
    expect(sql.slice(offsetOf(sql, parsed.position ?? { line: 1, column: 1 }))).toBe('dec');
  });
  it('has no position when DuckDB gives none', () => {
    expect(parseQueryError('Catalog Error: Table with name x does not exist!', 'select * from x').position).toBeNull();
  });
  it('points binder errors at the offending column', () => {
    const sql = 'SELECT nope FROM units';
    const text = 'Binder Error: Referenced column "nope" not found in FROM clause!\n\nLINE 1: SELECT nope FROM units\n               ^';
    expect(parseQueryError(text, sql).position).toEqual({ line: 1, column: 8 });
  });
});

describe('parseQueryError with DuckDB JSON errors', () => {
  it('turns the character offset into line and column', () => {
    const sql = 'SELECT code\nFORM units';
    const text = JSON.stringify({ exception_type: 'Parser', exception_message: 'syntax error at or near "FORM"', position: '12', error_subtype: 'SYNTAX_ERROR' });
    expect(parseQueryError(text, sql)).toEqual({ message: 'Parser Error: syntax error at or near "FORM"', position: { line: 2, column: 1 } });
  });
  it('has no position when the object gives none', () => {
    const text = JSON.stringify({ exception_type: 'Catalog', exception_message: 'Table with name x does not exist!' });
    expect(parseQueryError(text, 'select * from x')).toEqual({ message: 'Catalog Error: Table with name x does not exist!', position: null });
  });
});

describe('offsetOf', () => {
  it('counts the newlines of earlier lines', () => {
    expect(offsetOf('ab\ncd\nef', { line: 3, column: 2 })).toBe(7);
  });
});
