/**
 * Excel workbooks (.xlsx, and old binary .xls through SheetJS) → rows of one sheet.
 * Numbers keep their stored value (`String(v)`, no display formatting), text cells their text;
 * text typed in a legacy TCVN3/VNI font is detected over the whole sheet and converted.
 */
import { XLSX } from './sheetjs.ts';
import { detectLegacy, fromLegacy } from './legacy.ts';
import { failAt } from './problems.ts';
import type { Row } from './table.ts';

export interface SheetRows {
  sheet: string;
  sheets: string[];
  rows: Row[];
  notes: string[];
}

/**
 * True for bytes that are a workbook: a ZIP (xlsx) or an OLE2 compound file (xls).
 * @returns whether to read the file with {@link readSheet}
 */
export function isWorkbook(bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || ole;
}

/**
 * Reads one sheet of a workbook.
 * @param sheet a sheet name, or its 1-based position; default: `prefer`'s first match, else the first sheet
 * @param prefer sheet-name patterns a profile prefers, in order
 * @throws ImportFailure for an unreadable workbook or an unknown sheet
 */
export function readSheet(bytes: Uint8Array, file: string, sheet?: string, prefer: readonly RegExp[] = []): SheetRows {
  const old = bytes[0] === 0xd0 && bytes[1] === 0xcf;
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, { type: 'buffer', cellDates: false, cellText: false, cellHTML: false });
  } catch (e) {
    const how = old
      ? 'open it in Excel or LibreOffice and save it as .xlsx (or run: libreoffice --headless --convert-to xlsx FILE)'
      : 'the workbook may be damaged or truncated; save it again as .xlsx';
    throw failAt(file, 1, 1, `cannot read ${old ? 'old Excel (.xls) file' : 'workbook'}: ${(e as Error).message}; ${how}`);
  }
  const sheets = wb.SheetNames;
  let name: string | undefined;
  if (sheet !== undefined) {
    const n = /^\d+$/.test(sheet) ? Number(sheet) : NaN;
    name = Number.isInteger(n) ? sheets[n - 1] : sheets.find((s) => s === sheet) ?? sheets.find((s) => s.normalize('NFC').toLowerCase() === sheet.normalize('NFC').toLowerCase());
    if (name === undefined) {
      throw failAt(file, 1, 1, `no sheet "${sheet}"; the workbook has: ${sheets.map((s, i) => `${i + 1} "${s}"`).join(', ')}`);
    }
  } else {
    for (const p of prefer) {
      name = sheets.find((s) => p.test(s.normalize('NFC')));
      if (name !== undefined) break;
    }
    name ??= sheets[0];
  }
  if (name === undefined) throw failAt(file, 1, 1, 'the workbook has no sheet');
  const ws = wb.Sheets[name]!;
  const ref = ws['!ref'];
  const rows: Row[] = [];
  const notes: string[] = [`sheet: "${name}" (${sheets.indexOf(name) + 1} of ${sheets.length})`];
  if (old) notes.push('old Excel (.xls) workbook');
  if (ref === undefined) return { sheet: name, sheets, rows, notes };
  const range = XLSX.utils.decode_range(ref);
  const texts: string[] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const cells: string[] = [];
    const numeric: boolean[] = [];
    for (let c = 0; c <= range.e.c; c++) {
      const cell = ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
      if (c < range.s.c || cell === undefined || cell.v === undefined) {
        cells.push('');
        numeric.push(false);
        continue;
      }
      const isNum = cell.t === 'n';
      const text = isNum ? String(cell.v) : cell.t === 'e' ? (cell.w ?? '#ERROR') : String(cell.v);
      cells.push(text);
      numeric.push(isNum);
      if (!isNum) texts.push(text);
    }
    if (cells.some((t) => t.trim() !== '')) rows.push({ line: r + 1, cells, numeric });
  }
  const legacy = detectLegacy(texts.join('\n'));
  if (legacy !== null) {
    notes.push(`text in ${legacy === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI'} letters detected, converted to Unicode`);
    // Every text cell of a legacy sheet is converted, short ones too (their own evidence is weak),
    // except cells that already hold letters only Unicode has.
    for (const row of rows) row.cells = row.cells.map((t, i) => (row.numeric?.[i] || /[\u0100-\u1fff]/.test(t) ? t : fromLegacy(t, legacy)));
  }
  for (const row of rows) row.cells = row.cells.map((t) => t.normalize('NFC'));
  return { sheet: name, sheets, rows, notes };
}

