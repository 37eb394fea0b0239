/** Rules for data/sources.csv. */
import type { SourceRow } from '../../lib/types.ts';
import type { CsvRecord } from '../../lib/csv/read.ts';
import type { Problem } from './problem.ts';
import { isDay } from './geo.ts';
import { sourcesTable } from '../../lib/schema/index.ts';
import { checkRecords } from './records.ts';

const SOURCE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const URL = /^https?:\/\/\S+$/;

/**
 * Validates source rows. An unused source is not a problem: a document may be recorded before
 * its figures are transcribed, or cited by events only.
 * @returns the valid rows (a row with any problem is left out)
 */
export function checkSources(rows: readonly CsvRecord[], file: string, problems: Problem[]): SourceRow[] {
  return checkRecords(sourcesTable, rows, file, problems, (r) => {
    const id = r.id('id', SOURCE_ID, 'may hold only letters, digits, "-", "_" and "."');
    const [date, url, note_vi, note_en] = [r.get('date'), r.get('url'), r.get('note_vi'), r.get('note_en')];
    if (date === '') {
      // The contract: an empty date is allowed only when the note says the copy does not give it.
      if (note_vi === '' && note_en === '') r.at('date', 'date is empty and note is empty; give the date or say in note why it is unknown');
    } else if (!isDay(date)) r.at('date', `invalid date "${date}"; expected YYYY-MM-DD`);
    if (url !== '' && !URL.test(url)) r.at('url', `url "${url}" is not an http(s) URL`);
    const kind = r.coded('kind');
    if (kind === null) return null;
    return { id, publisher: r.get('publisher'), title: r.get('title'), date, url, kind, note_vi, note_en };
  });
}
