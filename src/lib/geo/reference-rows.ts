/**
 * Parse the texts of data/geo/units.csv, aliases.csv and crosswalk.csv into typed rows: each field
 * checked by hand (with its line, column and reason), then each row typed by its table's valibot
 * schema rather than by a cast. Pure (no file access), so the build-time loader, the scripts and
 * the tests share it.
 */
import { parseCsv } from '../csv/read.ts';
import type { AliasRow, CrosswalkRow, UnitRow } from '../types.ts';
import {
  ALIAS_KINDS, aliasesTable, checkRow, crosswalkTable, csvColumns, UNIT_TYPES, UNIT_VINTAGES, unitsTable, VINTAGES,
  type RowOf, type Table,
} from '../schema/index.ts';

/** A data problem in a reference CSV; line and column are 1-based (line 1 is the header). */
export interface RowProblem {
  line: number;
  column: number;
  message: string;
}

/** Rows parsed from one reference CSV, with every problem found. */
export interface Parsed<T> {
  rows: T[];
  problems: RowProblem[];
}

const isVintage = (v: string): boolean => (VINTAGES as readonly string[]).includes(v);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^\d{2}$/;

type Check = (value: string, row: Record<string, string>) => string | null;

function oneOf(values: readonly string[]): Check {
  return (v) => (values.includes(v) ? null : `expected one of ${values.map((x) => JSON.stringify(x)).join(', ')}, got ${JSON.stringify(v)}`);
}

function parseTable<T extends Table>(
  text: string,
  schema: T,
  checks: Partial<Record<string, Check>>,
): Parsed<RowOf<T>> {
  const columns: readonly string[] = csvColumns(schema);
  // A BOM is tolerated here (the checker reports it); every other problem is the reader's.
  const table = parseCsv(text.replace(/^\uFEFF/, ''), '');
  const problems: RowProblem[] = table.problems.map(({ line, column, message }) => ({ line, column, message }));
  const header = table.header;
  if (header.join(',') !== columns.join(',')) {
    problems.push({ line: 1, column: 1, message: `expected header ${columns.join(',')}, got ${header.length ? header.join(',') : 'nothing'}` });
    return { rows: [], problems };
  }
  const rows: RowOf<T>[] = [];
  for (const { line, fields } of table.rows) {
    const row: Record<string, string> = {};
    columns.forEach((c, j) => (row[c] = fields[j] ?? ''));
    let ok = true;
    columns.forEach((c, j) => {
      const message = checks[c]?.(row[c] ?? '', row);
      if (message) {
        problems.push({ line, column: j + 1, message: `${c}: ${message}` });
        ok = false;
      }
    });
    if (!ok) continue;
    // Rows are typed only by their schema, after every check passed, so a bad value never leaks as a valid one.
    const typed = checkRow(schema, row);
    if (typed.ok) rows.push(typed.row);
    else for (const i of typed.issues) problems.push({ line, column: columns.indexOf(i.column) + 1 || 1, message: `${i.column}: ${i.message}` });
  }
  return { rows, problems };
}

/** Parse data/geo/units.csv (`vintage,code,name_vi,name_en,type,iso3166_2,valid_from,valid_to`). */
export function parseUnits(text: string): Parsed<UnitRow> {
  return parseTable(text, unitsTable, {
    vintage: oneOf(UNIT_VINTAGES),
    code: (v, r) => (r.vintage === 'VN' ? (v === 'VN' ? null : 'expected VN for the country row') : CODE.test(v) ? null : `expected two digits, got ${JSON.stringify(v)}`),
    name_vi: (v) => (v.trim() === v && v !== '' ? null : 'expected a name without surrounding spaces'),
    name_en: (v) => (v.trim() === v && v !== '' ? null : 'expected a name without surrounding spaces'),
    type: oneOf(UNIT_TYPES),
    iso3166_2: (v) => (v === '' || /^VN-[0-9A-Z]{2}$/.test(v) ? null : `expected VN-XX or empty, got ${JSON.stringify(v)}`),
    valid_from: (v) => (v === '' || ISO_DATE.test(v) ? null : `expected an ISO date or empty, got ${JSON.stringify(v)}`),
    valid_to: (v) => (v === '' || ISO_DATE.test(v) ? null : `expected an ISO date or empty, got ${JSON.stringify(v)}`),
  });
}

/** Parse data/geo/aliases.csv (`alias,kind,vintage,code,note`). */
export function parseAliases(text: string): Parsed<AliasRow> {
  return parseTable(text, aliasesTable, {
    alias: (v) => (v.trim() !== '' ? null : 'expected a spelling'),
    kind: oneOf(ALIAS_KINDS),
    vintage: (v, r) =>
      r.kind === 'unit'
        ? isVintage(v) ? null : 'expected VN63 or VN34 for a unit alias'
        : v === '' || isVintage(v) ? null : 'expected VN63, VN34 or empty',
    code: (v, r) =>
      r.kind === 'unit' ? (CODE.test(v) ? null : 'expected two digits for a unit alias') : v === '' || CODE.test(v) ? null : 'expected two digits or empty',
  });
}

/** Parse data/geo/crosswalk.csv (`vn63_code,vn34_code,effective`). */
export function parseCrosswalk(text: string): Parsed<CrosswalkRow> {
  const code: Check = (v) => (CODE.test(v) ? null : `expected two digits, got ${JSON.stringify(v)}`);
  return parseTable(text, crosswalkTable, {
    vn63_code: code,
    vn34_code: code,
    effective: (v) => (ISO_DATE.test(v) ? null : `expected an ISO date, got ${JSON.stringify(v)}`),
  });
}

/** Return the rows, or throw one message listing the problems (for scripts and tests). */
export function rowsOrThrow<T>(parsed: Parsed<T>, file: string): T[] {
  if (parsed.problems.length > 0) {
    throw new Error(parsed.problems.map((p) => `${file}:${p.line}:${p.column}: ${p.message}`).join('\n'));
  }
  return parsed.rows;
}
