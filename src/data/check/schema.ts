/**
 * The checker's view of the table schemas (src/lib/schema/, where the allowed values are too):
 * each data/ file's header, and the wording of allowed values in messages.
 */
import {
  aliasesTable, crosswalkTable, csvColumns, eventsTable, indicatorsTable, observationsTable, sourcesTable, unitsTable,
} from '../../lib/schema/index.ts';

export const INDICATOR_COLUMNS = csvColumns(indicatorsTable);
export const SOURCE_COLUMNS = csvColumns(sourcesTable);
export const OBSERVATION_COLUMNS = csvColumns(observationsTable);
export const EVENT_COLUMNS = csvColumns(eventsTable);
export const UNIT_COLUMNS = csvColumns(unitsTable);
export const CROSSWALK_COLUMNS = csvColumns(crosswalkTable);
export const ALIAS_COLUMNS = csvColumns(aliasesTable);

/**
 * Lists allowed values for a message, showing the empty value as `(empty)`.
 * @returns e.g. `percent, count, score`
 */
export function listAllowed(values: readonly string[]): string {
  return values.map((v) => (v === '' ? '(empty)' : v)).join(', ');
}

/**
 * Tests membership in a list of allowed values while narrowing the type.
 * @returns true when `value` is one of `allowed`
 */
export function isOneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}
