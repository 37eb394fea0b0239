/** Rules for data/indicators.csv. */
import type { IndicatorRow } from '../../lib/types.ts';
import { AGGREGATIONS, DIRECTIONS, UNITS } from '../../lib/types.ts';
import type { CsvRecord } from '../../lib/csv/read.ts';
import type { Problem } from './problem.ts';
import { INDICATOR_COLUMNS, SCHEMES, isOneOf, listAllowed } from './schema.ts';

const SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
const URL = /^https?:\/\/\S+$/;
const REQUIRED = ['id', 'name_vi', 'name_en', 'definition_vi', 'definition_en', 'unit', 'direction', 'aggregation'];

/**
 * Validates indicator rows.
 * @returns the valid rows (a row with any problem is left out) and the problems
 */
export function checkIndicators(rows: readonly CsvRecord[], file: string, problems: Problem[]): IndicatorRow[] {
  const out: IndicatorRow[] = [];
  const firstLine = new Map<string, number>();
  for (const r of rows) {
    const before = problems.length;
    const at = (column: number, message: string): void => {
      problems.push({ file, line: r.line, column, message });
    };
    const f = r.fields;
    for (const name of REQUIRED) {
      const c = INDICATOR_COLUMNS.indexOf(name as (typeof INDICATOR_COLUMNS)[number]);
      if (f[c] === '') at(c + 1, `required field "${name}" is empty`);
    }
    const [id = '', name_vi = '', name_en = '', definition_vi = '', definition_en = '', unit = '', direction = '',
      aggregation = '', scheme = '', legal_basis = '', legal_basis_en = '', legal_basis_url = '', note_vi = '', note_en = ''] = f;
    if (id !== '') {
      if (!SNAKE.test(id)) at(1, `id "${id}" is not snake_case`);
      const first = firstLine.get(id);
      if (first !== undefined) at(1, `duplicate id "${id}"; first on line ${first}`);
      else firstLine.set(id, r.line);
    }
    if (unit !== '' && !isOneOf(unit, UNITS)) at(6, `unknown unit "${unit}"; expected one of ${listAllowed(UNITS)}`);
    if (direction !== '' && !isOneOf(direction, DIRECTIONS)) {
      at(7, `unknown direction "${direction}"; expected one of ${listAllowed(DIRECTIONS)}`);
    }
    if (aggregation !== '' && !isOneOf(aggregation, AGGREGATIONS)) {
      at(8, `unknown aggregation "${aggregation}"; expected one of ${listAllowed(AGGREGATIONS)}`);
    }
    if (!isOneOf(scheme, SCHEMES)) at(9, `unknown scheme "${scheme}"; expected one of ${listAllowed(SCHEMES)}`);
    if (legal_basis_url !== '' && !URL.test(legal_basis_url)) {
      at(12, `legal_basis_url "${legal_basis_url}" is not an http(s) URL`);
    }
    if (problems.length > before) continue;
    if (!isOneOf(unit, UNITS) || !isOneOf(direction, DIRECTIONS) || !isOneOf(aggregation, AGGREGATIONS)) continue;
    out.push({ id, name_vi, name_en, definition_vi, definition_en, unit, direction, aggregation, scheme,
      legal_basis, legal_basis_en, legal_basis_url, note_vi, note_en });
  }
  return out;
}
