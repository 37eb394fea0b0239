/**
 * ISO 8601 periods as data/ writes them (docs/CONTRACTS.md), expanded to inclusive ISO dates.
 *
 * Accepted forms:
 * - `2019` (year), `2019-08` (month), `2019-07-30` (a day: "as of" that date);
 * - `2019-Q3` (quarter), `2019-H1` (half year: Vietnamese reports count "6 tháng đầu năm");
 * - an interval `A/B` of two of the forms above, from the start of A to the end of B,
 *   e.g. `2019-03-12/2019-08-20`. B must not end before A starts; nested intervals are not allowed.
 * Years run from 1900 to 2099: anything else in a data file is a typing mistake.
 */

export interface Period {
  text: string;
  /** first day, ISO date, inclusive */
  start: string;
  /** last day, ISO date, inclusive */
  end: string;
}

const SINGLE = /^((?:19|20)\d\d)(?:-(?:(\d\d)(?:-(\d\d))?|Q([1-4])|H([12])))?$/;

/**
 * Parses a period.
 * @returns the period with its first and last day, or `{ error }` with a short message
 */
export function parsePeriod(text: string): Period | { error: string } {
  const slash = text.indexOf('/');
  if (slash === -1) {
    const r = parseSingle(text);
    return r === null ? { error: `invalid period: ${text}` } : { text, start: r[0], end: r[1] };
  }
  const a = parseSingle(text.slice(0, slash));
  const b = parseSingle(text.slice(slash + 1));
  if (a === null || b === null) return { error: `invalid period: ${text}` };
  if (b[1] < a[0]) return { error: `interval ends before it starts: ${text}` };
  return { text, start: a[0], end: b[1] };
}

/**
 * Type guard for the result of {@link parsePeriod}.
 * @returns true when parsing failed
 */
export function isPeriodError(p: Period | { error: string }): p is { error: string } {
  return 'error' in p;
}

function parseSingle(s: string): [string, string] | null {
  const m = SINGLE.exec(s);
  if (m === null) return null;
  const year = m[1]!;
  const [, , month, day, quarter, half] = m;
  if (quarter !== undefined) {
    const q = Number(quarter);
    const first = 3 * q - 2;
    return [`${year}-${pad(first)}-01`, `${year}-${pad(first + 2)}-${pad(daysIn(Number(year), first + 2))}`];
  }
  if (half !== undefined) {
    return half === '1' ? [`${year}-01-01`, `${year}-06-30`] : [`${year}-07-01`, `${year}-12-31`];
  }
  if (month === undefined) return [`${year}-01-01`, `${year}-12-31`];
  const mo = Number(month);
  if (mo < 1 || mo > 12) return null;
  const last = daysIn(Number(year), mo);
  if (day === undefined) return [`${year}-${month}-01`, `${year}-${month}-${pad(last)}`];
  const d = Number(day);
  if (d < 1 || d > last) return null;
  return [s, s];
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
