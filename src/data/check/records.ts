/**
 * The loop the rules of the small tables share (indicators.csv, sources.csv, events.csv): each
 * record's required cells, its fields read by column name, problems at `file:line:column`, ids
 * unique in the file, coded cells checked against the values their schema column allows, and the
 * row kept only when it raised no problem. (Observations have their own hot path: observations.ts.)
 */
import type { CsvRecord } from '../../lib/csv/read.ts';
import { columnNumbers, fieldIndexes, requiredFields, type CsvColumnOf, type RowOf, type Table } from '../../lib/schema/index.ts';
import type { Problem } from './problem.ts';
import { isOneOf, listAllowed } from './schema.ts';

/** One record under check. */
export interface RecordCheck<T extends Table> {
  readonly line: number;
  /** the cell of a CSV column ('' when the record is short) */
  get(name: CsvColumnOf<T>): string;
  /** records a problem at a column of this record */
  at(name: CsvColumnOf<T>, message: string): void;
  /**
   * A coded cell: its value when the schema column allows it, else null. An unknown value is a
   * problem; an empty one that is not allowed is left to the required-field check.
   */
  coded<N extends CsvColumnOf<T>>(name: N): RowOf<T>[N] | null;
  /** An id column: `pattern` (said as `shape` when it fails) and unique in the file. */
  id(name: CsvColumnOf<T>, pattern: RegExp, shape: string): string;
}

/**
 * Checks every record of one file of `table`; `check` returns the row, or null to leave the record
 * out. A record that raised a problem is left out whatever `check` returned.
 * @returns the rows that passed
 */
export function checkRecords<T extends Table, R>(
  table: T,
  records: readonly CsvRecord[],
  file: string,
  problems: Problem[],
  check: (record: RecordCheck<T>) => R | null,
): R[] {
  const index = fieldIndexes(table) as Record<string, number>;
  const column = columnNumbers(table) as Record<string, number>;
  const required = requiredFields(table);
  const allowed = new Map(table.columns.flatMap((c) => (c.values ? [[c.name, c.values] as const] : [])));
  const firstLine = new Map<string, Map<string, number>>();
  const out: R[] = [];
  for (const r of records) {
    const before = problems.length;
    const f = r.fields;
    const get = (name: string): string => f[index[name] as number] ?? '';
    const at = (name: string, message: string): void => {
      problems.push({ file, line: r.line, column: column[name] as number, message });
    };
    for (const { index: i, name } of required) if (f[i] === '') at(name, `required field "${name}" is empty`);
    const record: RecordCheck<T> = {
      line: r.line,
      get,
      at,
      coded: (name) => {
        const value = get(name);
        const values = allowed.get(name) ?? [];
        if (isOneOf(value, values)) return value as RowOf<T>[typeof name];
        if (value !== '') at(name, `unknown ${name} "${value}"; expected one of ${listAllowed(values)}`);
        return null;
      },
      id: (name, pattern, shape) => {
        const value = get(name);
        if (value === '') return value;
        if (!pattern.test(value)) at(name, `id "${value}" ${shape}`);
        let seen = firstLine.get(name);
        if (!seen) firstLine.set(name, (seen = new Map()));
        const first = seen.get(value);
        if (first !== undefined) at(name, `duplicate id "${value}"; first on line ${first}`);
        else seen.set(value, r.line);
        return value;
      },
    };
    const row = check(record);
    if (row !== null && problems.length === before) out.push(row);
  }
  return out;
}
