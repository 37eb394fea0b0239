/**
 * The import's first steps: a published file's bytes → rows of cells (a workbook's sheet, or
 * decoded delimited text) → a table with its header, and the profile that reads it.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ImportRequest } from './index.ts';
import { decodeBytes } from './decode.ts';
import { failAt } from './problems.ts';
import { detectProfile, profileByName } from './profiles/index.ts';
import type { Profile } from './profiles/index.ts';
import { delimitedRows, detectDelimiter, shapeTable } from './table.ts';
import type { RowSource, Table } from './table.ts';
import { isWorkbook, readSheet } from './xlsx.ts';

export interface Input {
  fileName: string;
  table: Table;
  profile: Profile;
  /** the profile was named by the maintainer, not detected */
  named: boolean;
  /** the sheet read, for a workbook */
  sheet?: string;
  /** sheets in the workbook (1 for delimited text) */
  sheetCount: number;
  notes: string[];
}

/**
 * Reads the file of an import request into a table and picks its profile.
 * @throws ImportFailure (file:line:column) for an empty, truncated or unreadable file or a table without a header
 */
export async function readInput(req: ImportRequest): Promise<Input> {
  const fileName = basename(req.file);
  const bytes = await readFile(req.file);
  if (bytes.length === 0) throw failAt(fileName, 1, 1, 'empty file');
  const notes: string[] = [];
  const workbook = isWorkbook(bytes);

  // 1. Rows of cells.
  let rows: RowSource;
  let sheet: string | undefined;
  let sheetCount = 1;
  const named = req.profile === undefined ? undefined : profileByName(req.profile);
  if (workbook) {
    const s = readSheet(bytes, fileName, req.sheet, named?.sheets ?? [/tháng$/i]);
    rows = s.rows;
    sheet = s.sheet;
    sheetCount = s.sheets.length;
    notes.push(...s.notes);
  } else {
    if (/^\.xlsx?$/i.test(extname(fileName))) throw failAt(fileName, 1, 1, 'not a workbook although named .xls/.xlsx (the file may be truncated or be CSV/HTML saved under that name)');
    const decoded = decodeBytes(bytes, fileName, req.encoding);
    notes.push(...decoded.notes);
    const delimiter = req.delimiter ?? detectDelimiter(decoded.text);
    notes.push(`delimiter: ${delimiter === '\t' ? 'tab' : delimiter}`);
    rows = delimitedRows(decoded.text, delimiter, fileName);
  }

  // 2. Header and profile (the profile may fix the number of header rows).
  let table = shapeTable(rows, req.headerRows ?? named?.headerRows);
  if (table.header.length === 0) throw failAt(fileName, 1, 1, 'no header row found (a header needs at least two filled cells)');
  let profile: Profile = named ?? detectProfile(table.header, fileName);
  if (!named && profile.detect?.headerRows !== undefined && req.headerRows === undefined && table.headerLines.length !== profile.detect.headerRows) {
    table = shapeTable(rows, profile.detect.headerRows);
  }
  // A workbook picked before the profile was known: prefer the profile's sheet.
  if (!named && req.sheet === undefined && profile.sheets && workbook) {
    const s = readSheet(bytes, fileName, undefined, profile.sheets);
    if (s.sheet !== sheet) {
      sheet = s.sheet;
      notes.splice(notes.findIndex((n) => n.startsWith('sheet:')), 1, ...s.notes.filter((n) => n.startsWith('sheet:')));
      table = shapeTable(s.rows, req.headerRows ?? profile.headerRows);
      profile = detectProfile(table.header, fileName);
    }
  }
  notes.push(`profile: ${profile.name}${named ? '' : ' (detected)'}`);
  notes.push(`header: line ${table.headerLines.join(' and ')}`);
  return { fileName, table, profile, named: named !== undefined, ...(workbook && sheet !== undefined ? { sheet } : {}), sheetCount, notes };
}
