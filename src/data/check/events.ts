/** Rules for data/events.csv (deadlines, milestones, status facts). */
import type { EventRow } from '../../lib/types.ts';
import { isPeriodError, parsePeriod } from '../../lib/periods/period.ts';
import type { CsvRecord } from '../../lib/csv/read.ts';
import type { GeoIndex } from './geo.ts';
import { mergerProblem } from './geo.ts';
import type { Problem } from './problem.ts';
import { eventsTable } from '../../lib/schema/index.ts';
import { checkRecords } from './records.ts';

const EVENT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Validates event rows. `status` may be empty only for a milestone.
 * @returns the valid rows, with the date expanded to `date_start`/`date_end`
 */
export function checkEvents(
  rows: readonly CsvRecord[],
  file: string,
  ctx: { sourceIds: ReadonlySet<string> | null; geo: GeoIndex },
  problems: Problem[],
): EventRow[] {
  return checkRecords(eventsTable, rows, file, problems, (r) => {
    const id = r.id('id', EVENT_ID, 'may hold only letters, digits, "-", "_" and "."');
    const [geo, date, source] = [r.get('geo'), r.get('date'), r.get('source')];
    const vintage = r.coded('vintage');
    if (vintage !== null && geo !== '' && !ctx.geo.has(vintage, geo)) {
      r.at('geo', `unknown province code "${geo}" for ${vintage}; expected a ${vintage} code or VN`);
    }
    let start = '';
    let end = '';
    if (date !== '') {
      const p = parsePeriod(date);
      if (isPeriodError(p)) r.at('date', `${p.error}; expected YYYY, YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY-MM-DD or START/END`);
      else {
        start = p.start;
        end = p.end;
        if (vintage !== null && geo !== '') {
          const m = mergerProblem(vintage, geo, start, end);
          if (m !== null) r.at('geo', m);
        }
      }
    }
    const kind = r.coded('kind');
    const status = r.coded('status');
    if (status === '' && kind !== null && kind !== 'milestone') r.at('status', `status is empty; a ${kind} needs one of missed, met, pending`);
    if (source !== '' && ctx.sourceIds !== null && !ctx.sourceIds.has(source)) r.at('source', `unknown source "${source}"; not in sources.csv`);
    if (vintage === null || kind === null || status === null) return null;
    return {
      id, vintage, geo, subunit: r.get('subunit'), date, date_start: start, date_end: end, kind, status,
      title_vi: r.get('title_vi'), title_en: r.get('title_en'), source, quote: r.get('quote'), note: r.get('note'),
    };
  });
}
