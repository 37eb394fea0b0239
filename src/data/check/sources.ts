/** Rules for data/sources.csv. */
import type { SourceRow } from '../../lib/types.ts';
import type { CsvRecord } from '../../lib/csv/read.ts';
import type { Problem } from './problem.ts';
import { isDay } from './geo.ts';
import { columnNumbers, fieldIndexes, requiredFields, SOURCE_KINDS, sourcesTable } from '../../lib/schema/index.ts';
import { isOneOf, listAllowed } from './schema.ts';

const SOURCE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const URL = /^https?:\/\/\S+$/;
const F = fieldIndexes(sourcesTable);
const COL = columnNumbers(sourcesTable);
const REQUIRED = requiredFields(sourcesTable);

/**
 * Validates source rows. An unused source is not a problem: a document may be recorded before
 * its figures are transcribed, or cited by events only.
 * @returns the valid rows (a row with any problem is left out)
 */
export function checkSources(rows: readonly CsvRecord[], file: string, problems: Problem[]): SourceRow[] {
  const out: SourceRow[] = [];
  const firstLine = new Map<string, number>();
  for (const r of rows) {
    const before = problems.length;
    const at = (column: number, message: string): void => {
      problems.push({ file, line: r.line, column, message });
    };
    const f = r.fields;
    for (const { index, name } of REQUIRED) if (f[index] === '') at(index + 1, `required field "${name}" is empty`);
    const field = (i: number): string => f[i] ?? '';
    const id = field(F.id);
    const publisher = field(F.publisher);
    const title = field(F.title);
    const date = field(F.date);
    const url = field(F.url);
    const kind = field(F.kind);
    const note_vi = field(F.note_vi);
    const note_en = field(F.note_en);
    if (id !== '') {
      if (!SOURCE_ID.test(id)) at(COL.id, `id "${id}" may hold only letters, digits, "-", "_" and "."`);
      const first = firstLine.get(id);
      if (first !== undefined) at(COL.id, `duplicate id "${id}"; first on line ${first}`);
      else firstLine.set(id, r.line);
    }
    if (date === '') {
      // The contract: an empty date is allowed only when the note says the copy does not give it.
      if (note_vi === '' && note_en === '') at(COL.date, 'date is empty and note is empty; give the date or say in note why it is unknown');
    } else if (!isDay(date)) at(COL.date, `invalid date "${date}"; expected YYYY-MM-DD`);
    if (url !== '' && !URL.test(url)) at(COL.url, `url "${url}" is not an http(s) URL`);
    const kindOk = isOneOf(kind, SOURCE_KINDS);
    if (kind !== '' && !kindOk) at(COL.kind, `unknown kind "${kind}"; expected one of ${listAllowed(SOURCE_KINDS)}`);
    if (problems.length > before || !kindOk) continue;
    out.push({ id, publisher, title, date, url, kind, note_vi, note_en });
  }
  return out;
}
