/** Rules for data/events.csv (deadlines, milestones, status facts). */
import type { EventRow, Vintage } from '../../lib/types.ts';
import { isPeriodError, parsePeriod } from '../../lib/periods/period.ts';
import type { CsvRecord } from '../../lib/csv/read.ts';
import type { GeoIndex } from './geo.ts';
import { mergerProblem } from './geo.ts';
import type { Problem } from './problem.ts';
import { columnNumbers, EVENT_KINDS, EVENT_STATUSES, eventsTable, fieldIndexes, requiredFields, VINTAGES } from '../../lib/schema/index.ts';
import { isOneOf, listAllowed } from './schema.ts';

const EVENT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const F = fieldIndexes(eventsTable);
const COL = columnNumbers(eventsTable);
const REQUIRED = requiredFields(eventsTable);

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
  const out: EventRow[] = [];
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
    const vintageText = field(F.vintage);
    const geo = field(F.geo);
    const subunit = field(F.subunit);
    const date = field(F.date);
    const kind = field(F.kind);
    const status = field(F.status);
    const title_vi = field(F.title_vi);
    const title_en = field(F.title_en);
    const source = field(F.source);
    const quote = field(F.quote);
    const note = field(F.note);
    if (id !== '') {
      if (!EVENT_ID.test(id)) at(COL.id, `id "${id}" may hold only letters, digits, "-", "_" and "."`);
      const first = firstLine.get(id);
      if (first !== undefined) at(COL.id, `duplicate id "${id}"; first on line ${first}`);
      else firstLine.set(id, r.line);
    }
    let vintage: Vintage | null = null;
    if (vintageText !== '') {
      if (isOneOf(vintageText, VINTAGES)) vintage = vintageText;
      else at(COL.vintage, `unknown vintage "${vintageText}"; expected one of ${listAllowed(VINTAGES)}`);
    }
    if (vintage !== null && geo !== '' && !ctx.geo.has(vintage, geo)) {
      at(COL.geo, `unknown province code "${geo}" for ${vintage}; expected a ${vintage} code or VN`);
    }
    let start = '';
    let end = '';
    if (date !== '') {
      const p = parsePeriod(date);
      if (isPeriodError(p)) at(COL.date, `${p.error}; expected YYYY, YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY-MM-DD or START/END`);
      else {
        start = p.start;
        end = p.end;
        if (vintage !== null && geo !== '') {
          const m = mergerProblem(vintage, geo, start, end);
          if (m !== null) at(COL.geo, m);
        }
      }
    }
    const kindOk = isOneOf(kind, EVENT_KINDS);
    if (kind !== '' && !kindOk) at(COL.kind, `unknown kind "${kind}"; expected one of ${listAllowed(EVENT_KINDS)}`);
    const statusOk = isOneOf(status, EVENT_STATUSES);
    if (!statusOk) at(COL.status, `unknown status "${status}"; expected one of ${listAllowed(EVENT_STATUSES)}`);
    else if (status === '' && kindOk && kind !== 'milestone') {
      at(COL.status, `status is empty; a ${kind} needs one of missed, met, pending`);
    }
    if (source !== '' && ctx.sourceIds !== null && !ctx.sourceIds.has(source)) at(COL.source, `unknown source "${source}"; not in sources.csv`);
    if (problems.length > before || vintage === null || !kindOk || !statusOk) continue;
    out.push({ id, vintage, geo, subunit, date, date_start: start, date_end: end, kind, status, title_vi, title_en,
      source, quote, note });
  }
  return out;
}
