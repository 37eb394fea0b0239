/** Province codes per vintage, the merger-date rule, and consistency of data/geo/*.csv. */
import { aliasesTable, columnNumbers, crosswalkTable, LAST_VN63_DAY, MERGER_DATE, unitsTable, type Vintage } from '../../lib/schema/index.ts';
import type { Reference } from '../reference.ts';
import { parsePeriod, isPeriodError } from '../../lib/periods/period.ts';
import type { Problem } from './problem.ts';

export interface GeoIndex {
  /** true when `code` is `VN` or a unit of `vintage` */
  has(vintage: Vintage, code: string): boolean;
}

/**
 * Builds a lookup of the province codes of each vintage.
 * @returns an index answering in O(1)
 */
export function geoIndex(ref: Reference): GeoIndex {
  const codes = { VN63: new Set<string>(), VN34: new Set<string>() };
  for (const u of ref.units) if (u.vintage !== 'VN') codes[u.vintage].add(u.code);
  return { has: (vintage, code) => code === 'VN' || codes[vintage].has(code) };
}

/**
 * The merger rule (docs/CONTRACTS.md): a VN34 code describes periods starting on/after
 * 2025-07-01, a VN63 code periods ending before it. `VN` is the same country in both vintages and
 * is not checked: a national figure for 2025 has no vintage problem.
 * @returns a message naming the code and the offending date, or null
 */
export function mergerProblem(vintage: Vintage, geo: string, start: string, end: string): string | null {
  if (geo === 'VN') return null;
  if (vintage === 'VN34' && start < MERGER_DATE) {
    return `VN34 code ${geo} for a period starting ${start}, before the merger on ${MERGER_DATE}; use the VN63 code`;
  }
  if (vintage === 'VN63' && end > LAST_VN63_DAY) {
    return `VN63 code ${geo} for a period ending ${end}, after the merger on ${MERGER_DATE}; use the VN34 code`;
  }
  return null;
}

const CODE = /^\d\d$/;
const UNIT = columnNumbers(unitsTable);
const CROSS = columnNumbers(crosswalkTable);
const ALIAS = columnNumbers(aliasesTable);

/**
 * Consistency of the reference itself: unit codes, unique (vintage, code), ISO dates,
 * crosswalk codes that exist, aliases that resolve. The counts (63 and 34) are not checked here
 * so that small test datasets stay small; the reference's own tests pin them.
 * @returns problems in data/geo/*.csv
 */
export function checkReference(ref: Reference, root: string): Problem[] {
  const problems: Problem[] = [];
  const unitsFile = `${root}/geo/units.csv`;
  const seen = new Map<string, number>();
  ref.units.forEach((u, i) => {
    const line = ref.lines.units[i]!;
    const at = (column: number, message: string): void => {
      problems.push({ file: unitsFile, line, column, message });
    };
    const isCountry = u.vintage === 'VN';
    if (isCountry ? u.code !== 'VN' : !CODE.test(u.code)) {
      at(UNIT.code, isCountry ? `code "${u.code}" for vintage VN; expected VN` : `code "${u.code}" is not two digits`);
    }
    const key = `${u.vintage}:${u.code}`;
    const first = seen.get(key);
    if (first !== undefined) at(UNIT.code, `duplicate unit ${u.vintage} ${u.code}; first on line ${first}`);
    else seen.set(key, line);
    if (u.name_vi === '') at(UNIT.name_vi, 'required field "name_vi" is empty');
    if (u.name_en === '') at(UNIT.name_en, 'required field "name_en" is empty');
    if (u.valid_from !== '' && !isDay(u.valid_from)) at(UNIT.valid_from, `invalid date "${u.valid_from}"; expected YYYY-MM-DD`);
    if (u.valid_to !== '' && !isDay(u.valid_to)) at(UNIT.valid_to, `invalid date "${u.valid_to}"; expected YYYY-MM-DD`);
  });

  const idx = geoIndex(ref);
  const crossFile = `${root}/geo/crosswalk.csv`;
  const seen63 = new Map<string, number>();
  ref.crosswalk.forEach((c, i) => {
    const line = ref.lines.crosswalk[i]!;
    const at = (column: number, message: string): void => {
      problems.push({ file: crossFile, line, column, message });
    };
    if (c.vn63_code === 'VN' || !idx.has('VN63', c.vn63_code)) at(CROSS.vn63_code, `unknown VN63 code "${c.vn63_code}"`);
    const first = seen63.get(c.vn63_code);
    if (first !== undefined) at(CROSS.vn63_code, `VN63 code ${c.vn63_code} mapped twice; first on line ${first}`);
    else seen63.set(c.vn63_code, line);
    if (c.vn34_code === 'VN' || !idx.has('VN34', c.vn34_code)) at(CROSS.vn34_code, `unknown VN34 code "${c.vn34_code}"`);
    if (c.effective !== MERGER_DATE) at(CROSS.effective, `effective "${c.effective}"; expected ${MERGER_DATE}`);
  });

  const aliasFile = `${root}/geo/aliases.csv`;
  ref.aliases.forEach((a, i) => {
    const line = ref.lines.aliases[i]!;
    const at = (column: number, message: string): void => {
      problems.push({ file: aliasFile, line, column, message });
    };
    if (a.alias.trim() === '') at(ALIAS.alias, 'required field "alias" is empty');
    if (a.kind === 'unit') {
      if (a.vintage === '') at(ALIAS.vintage, 'a unit alias needs a vintage (VN63 or VN34)');
      else if (a.code === 'VN' || !idx.has(a.vintage, a.code)) at(ALIAS.code, `unknown ${a.vintage} code "${a.code}"`);
    }
    if (a.kind === 'abolished' && a.note === '') at(ALIAS.note, 'an abolished name needs a note saying why');
  });
  return problems;
}

/**
 * True for a valid ISO calendar day `YYYY-MM-DD`.
 * @returns whether `text` is one day
 */
export function isDay(text: string): boolean {
  if (text.length !== 10) return false;
  const p = parsePeriod(text);
  return !isPeriodError(p) && p.start === p.end;
}
