/** Rules for data/sources.csv. */
import type { SourceRow } from '../../lib/types.ts';
import type { CsvRecord } from '../../lib/csv/read.ts';
import type { Problem } from './problem.ts';
import { isDay } from './geo.ts';
import { SOURCE_KINDS, isOneOf, listAllowed } from './schema.ts';

const SOURCE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const URL = /^https?:\/\/\S+$/;

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
    const [id = '', publisher = '', title = '', date = '', url = '', kind = '', note_vi = '', note_en = ''] = r.fields;
    if (id === '') at(1, 'required field "id" is empty');
    else {
      if (!SOURCE_ID.test(id)) at(1, `id "${id}" may hold only letters, digits, "-", "_" and "."`);
      const first = firstLine.get(id);
      if (first !== undefined) at(1, `duplicate id "${id}"; first on line ${first}`);
      else firstLine.set(id, r.line);
    }
    if (publisher === '') at(2, 'required field "publisher" is empty');
    if (title === '') at(3, 'required field "title" is empty');
    if (date === '') {
      // The contract: an empty date is allowed only when the note says the copy does not give it.
      if (note_vi === '' && note_en === '') at(4, 'date is empty and note is empty; give the date or say in note why it is unknown');
    } else if (!isDay(date)) at(4, `invalid date "${date}"; expected YYYY-MM-DD`);
    if (url !== '' && !URL.test(url)) at(5, `url "${url}" is not an http(s) URL`);
    if (kind === '') at(6, 'required field "kind" is empty');
    else if (!isOneOf(kind, SOURCE_KINDS)) at(6, `unknown kind "${kind}"; expected one of ${listAllowed(SOURCE_KINDS)}`);
    if (problems.length > before) continue;
    out.push({ id, publisher, title, date, url, kind, note_vi, note_en });
  }
  return out;
}
