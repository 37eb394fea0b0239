/**
 * Loads the province reference (data/geo/units.csv, crosswalk.csv, aliases.csv) into typed rows.
 * Build-time only. Rows whose enumerated fields hold an unknown value are reported and left out,
 * so callers can trust every row they get.
 */
import { join } from 'node:path';
import type { AliasRow, CrosswalkRow, UnitRow } from '../lib/types.ts';
import { readCsvFile, scanCsvFile } from './csv/read.ts';
import type { CsvTable } from '../lib/csv/read.ts';
import { checkHeader } from './check/header.ts';
import type { Problem } from './check/problem.ts';
import {
  ALIAS_KINDS, ALIAS_VINTAGES, aliasesTable, columnNumbers, crosswalkTable, fieldIndexes, UNIT_TYPES, UNIT_VINTAGES,
  unitsTable,
} from '../lib/schema/index.ts';
import { ALIAS_COLUMNS, CROSSWALK_COLUMNS, isOneOf, listAllowed, UNIT_COLUMNS } from './check/schema.ts';

const UNIT = fieldIndexes(unitsTable);
const CROSS = fieldIndexes(crosswalkTable);
const ALIAS = fieldIndexes(aliasesTable);
const UNIT_COL = columnNumbers(unitsTable);
const ALIAS_COL = columnNumbers(aliasesTable);

/** The text of field `i` of a row, '' when the row is short. */
const field = (fields: readonly string[], i: number): string => fields[i] ?? '';

export interface Reference {
  units: UnitRow[];
  crosswalk: CrosswalkRow[];
  aliases: AliasRow[];
  /** problems found while reading; empty for a valid reference */
  problems: Problem[];
  /** where each row came from (same index as the arrays above), for later checks */
  lines: { units: number[]; crosswalk: number[]; aliases: number[] };
}

export interface ReferenceOptions {
  /** how to name the data directory in problems; default `data` */
  displayRoot?: string;
}

/**
 * Reads data/geo/{units,crosswalk,aliases}.csv from `dataDir`.
 * @returns typed rows plus every problem found; a missing file is a problem, not an exception
 */
export async function loadReference(dataDir: string, options: ReferenceOptions = {}): Promise<Reference> {
  const root = options.displayRoot ?? 'data';
  const problems: Problem[] = [];
  const [u, c, a] = await Promise.all([
    readTable(join(dataDir, 'geo', 'units.csv'), `${root}/geo/units.csv`, UNIT_COLUMNS, problems),
    readTable(join(dataDir, 'geo', 'crosswalk.csv'), `${root}/geo/crosswalk.csv`, CROSSWALK_COLUMNS, problems),
    readTable(join(dataDir, 'geo', 'aliases.csv'), `${root}/geo/aliases.csv`, ALIAS_COLUMNS, problems),
  ]);
  const lines = { units: [] as number[], crosswalk: [] as number[], aliases: [] as number[] };

  const units: UnitRow[] = [];
  for (const r of u?.rows ?? []) {
    const f = r.fields;
    const vintage = field(f, UNIT.vintage);
    const type = field(f, UNIT.type);
    const bad = (column: number, message: string): void => {
      problems.push({ file: `${root}/geo/units.csv`, line: r.line, column, message });
    };
    if (!isOneOf(vintage, UNIT_VINTAGES)) {
      bad(UNIT_COL.vintage, `unknown vintage "${vintage}"; expected one of ${listAllowed(UNIT_VINTAGES)}`);
      continue;
    }
    if (!isOneOf(type, UNIT_TYPES)) {
      bad(UNIT_COL.type, `unknown type "${type}"; expected one of ${listAllowed(UNIT_TYPES)}`);
      continue;
    }
    units.push({
      vintage, code: field(f, UNIT.code), name_vi: field(f, UNIT.name_vi), name_en: field(f, UNIT.name_en), type,
      iso3166_2: field(f, UNIT.iso3166_2), valid_from: field(f, UNIT.valid_from), valid_to: field(f, UNIT.valid_to),
    });
    lines.units.push(r.line);
  }

  const crosswalk: CrosswalkRow[] = [];
  for (const r of c?.rows ?? []) {
    const f = r.fields;
    crosswalk.push({ vn63_code: field(f, CROSS.vn63_code), vn34_code: field(f, CROSS.vn34_code), effective: field(f, CROSS.effective) });
    lines.crosswalk.push(r.line);
  }

  const aliases: AliasRow[] = [];
  for (const r of a?.rows ?? []) {
    const f = r.fields;
    const kind = field(f, ALIAS.kind);
    const vintage = field(f, ALIAS.vintage);
    const bad = (column: number, message: string): void => {
      problems.push({ file: `${root}/geo/aliases.csv`, line: r.line, column, message });
    };
    if (!isOneOf(kind, ALIAS_KINDS)) {
      bad(ALIAS_COL.kind, `unknown kind "${kind}"; expected one of ${listAllowed(ALIAS_KINDS)}`);
      continue;
    }
    if (!isOneOf(vintage, ALIAS_VINTAGES)) {
      bad(ALIAS_COL.vintage, `unknown vintage "${vintage}"; expected one of ${listAllowed(ALIAS_VINTAGES)}`);
      continue;
    }
    aliases.push({ alias: field(f, ALIAS.alias), kind, vintage, code: field(f, ALIAS.code), note: field(f, ALIAS.note) });
    lines.aliases.push(r.line);
  }

  return { units, crosswalk, aliases, problems, lines };
}

/**
 * Reads one CSV and checks its header; collects problems.
 * @returns the table, or null when the file is missing, unreadable or has the wrong header
 */
export async function readTable(
  path: string,
  displayPath: string,
  columns: readonly string[],
  problems: Problem[],
): Promise<CsvTable | null> {
  let table: CsvTable;
  try {
    table = await readCsvFile(path, displayPath);
  } catch (e) {
    problems.push(unreadable(displayPath, e));
    return null;
  }
  for (const p of table.problems) problems.push(p);
  if (table.header.length === 0 && table.problems.length > 0) return null;
  const headerProblems = checkHeader(table.header, columns, displayPath);
  if (headerProblems.length > 0) {
    for (const p of headerProblems) problems.push(p);
    return null;
  }
  return table;
}

/** The problem of a file that could not be opened: missing, or unreadable and why. */
function unreadable(displayPath: string, error: unknown): Problem {
  const code = (error as NodeJS.ErrnoException).code;
  return { file: displayPath, line: 1, column: 1, message: code === 'ENOENT' ? 'file missing' : `cannot read file (${code ?? String(error)})` };
}

/**
 * Streams one CSV's rows to `onRow` after checking its header; collects problems. Rows are
 * passed on only when the header is exactly `columns`.
 * @returns true when the file was read and its header was right
 */
export async function scanTable(
  path: string,
  displayPath: string,
  columns: readonly string[],
  problems: Problem[],
  onRow: (line: number, fields: string[]) => void,
): Promise<boolean> {
  let headerOk = false;
  try {
    const scan = await scanCsvFile(path, displayPath, onRow, (header) => {
      const headerProblems = checkHeader(header, columns, displayPath);
      for (const p of headerProblems) problems.push(p);
      headerOk = headerProblems.length === 0;
      return headerOk;
    });
    for (const p of scan.problems) problems.push(p);
  } catch (e) {
    problems.push(unreadable(displayPath, e));
    return false;
  }
  return headerOk;
}
