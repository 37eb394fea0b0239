/** Rules for data/indicators.csv. */
import type { IndicatorRow } from '../../lib/types.ts';
import {
  AGGREGATIONS, columnNumbers, DIRECTIONS, fieldIndexes, indicatorsTable, requiredFields, SCHEMES, UNITS,
} from '../../lib/schema/index.ts';
import type { CsvRecord } from '../../lib/csv/read.ts';
import type { Problem } from './problem.ts';
import { isOneOf, listAllowed } from './schema.ts';

const SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
const URL = /^https?:\/\/\S+$/;
const F = fieldIndexes(indicatorsTable);
const COL = columnNumbers(indicatorsTable);
const REQUIRED = requiredFields(indicatorsTable);

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
    for (const { index, name } of REQUIRED) if (f[index] === '') at(index + 1, `required field "${name}" is empty`);
    const field = (i: number): string => f[i] ?? '';
    const id = field(F.id);
    const name_vi = field(F.name_vi);
    const name_en = field(F.name_en);
    const definition_vi = field(F.definition_vi);
    const definition_en = field(F.definition_en);
    const unit = field(F.unit);
    const direction = field(F.direction);
    const aggregation = field(F.aggregation);
    const scheme = field(F.scheme);
    const legal_basis = field(F.legal_basis);
    const legal_basis_en = field(F.legal_basis_en);
    const legal_basis_url = field(F.legal_basis_url);
    const note_vi = field(F.note_vi);
    const note_en = field(F.note_en);
    if (id !== '') {
      if (!SNAKE.test(id)) at(COL.id, `id "${id}" is not snake_case`);
      const first = firstLine.get(id);
      if (first !== undefined) at(COL.id, `duplicate id "${id}"; first on line ${first}`);
      else firstLine.set(id, r.line);
    }
    if (unit !== '' && !isOneOf(unit, UNITS)) at(COL.unit, `unknown unit "${unit}"; expected one of ${listAllowed(UNITS)}`);
    if (direction !== '' && !isOneOf(direction, DIRECTIONS)) {
      at(COL.direction, `unknown direction "${direction}"; expected one of ${listAllowed(DIRECTIONS)}`);
    }
    if (aggregation !== '' && !isOneOf(aggregation, AGGREGATIONS)) {
      at(COL.aggregation, `unknown aggregation "${aggregation}"; expected one of ${listAllowed(AGGREGATIONS)}`);
    }
    const schemeOk = isOneOf(scheme, SCHEMES);
    if (!schemeOk) at(COL.scheme, `unknown scheme "${scheme}"; expected one of ${listAllowed(SCHEMES)}`);
    if (legal_basis_url !== '' && !URL.test(legal_basis_url)) {
      at(COL.legal_basis_url, `legal_basis_url "${legal_basis_url}" is not an http(s) URL`);
    }
    if (problems.length > before) continue;
    if (!isOneOf(unit, UNITS) || !isOneOf(direction, DIRECTIONS) || !isOneOf(aggregation, AGGREGATIONS) || !schemeOk) continue;
    out.push({ id, name_vi, name_en, definition_vi, definition_en, unit, direction, aggregation, scheme,
      legal_basis, legal_basis_en, legal_basis_url, note_vi, note_en });
  }
  return out;
}
