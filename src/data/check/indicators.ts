/** Rules for data/indicators.csv. */
import type { IndicatorRow } from '../../lib/types.ts';
import { indicatorsTable } from '../../lib/schema/index.ts';
import type { CsvRecord } from '../../lib/csv/read.ts';
import type { Problem } from './problem.ts';
import { checkRecords } from './records.ts';

const SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
const URL = /^https?:\/\/\S+$/;

/**
 * Validates indicator rows.
 * @returns the valid rows (a row with any problem is left out) and the problems
 */
export function checkIndicators(rows: readonly CsvRecord[], file: string, problems: Problem[]): IndicatorRow[] {
  return checkRecords(indicatorsTable, rows, file, problems, (r) => {
    const id = r.id('id', SNAKE, 'is not snake_case');
    const unit = r.coded('unit');
    const direction = r.coded('direction');
    const aggregation = r.coded('aggregation');
    const scheme = r.coded('scheme');
    const legal_basis_url = r.get('legal_basis_url');
    if (legal_basis_url !== '' && !URL.test(legal_basis_url)) r.at('legal_basis_url', `legal_basis_url "${legal_basis_url}" is not an http(s) URL`);
    if (unit === null || direction === null || aggregation === null || scheme === null) return null;
    return {
      id, name_vi: r.get('name_vi'), name_en: r.get('name_en'), definition_vi: r.get('definition_vi'), definition_en: r.get('definition_en'),
      unit, direction, aggregation, scheme, legal_basis: r.get('legal_basis'), legal_basis_en: r.get('legal_basis_en'), legal_basis_url,
      note_vi: r.get('note_vi'), note_en: r.get('note_en'),
    };
  });
}
