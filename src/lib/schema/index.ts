/**
 * Each data table declared once: its columns (name, DuckDB type, description, allowed values,
 * required or computed), key and references. The row types, the checker's headers and required
 * fields, the bake's TABLES, the data package and the test databases all derive from here.
 * Browser-safe.
 */
import type { RowOf } from './column.ts';
import { derivedTable } from './derived.ts';
import { eventsTable } from './events.ts';
import { aliasesTable, crosswalkTable, unitsTable } from './geo.ts';
import { indicatorsTable } from './indicators.ts';
import { observationsTable } from './observations.ts';
import { sourcesTable } from './sources.ts';

export * from './column.ts';
export * from './layout.ts';
export * from './sql.ts';
export * from './validate.ts';
export * from './vintages.ts';
export { AGGREGATIONS, DIRECTIONS, indicatorsTable, SCHEMES, UNITS, type Aggregation, type Direction, type Scheme, type Unit } from './indicators.ts';
export { SOURCE_KINDS, sourcesTable } from './sources.ts';
export { ALIAS_KINDS, ALIAS_VINTAGES, aliasesTable, crosswalkTable, UNIT_TYPES, unitsTable } from './geo.ts';
export { EVENT_KINDS, EVENT_STATUSES, eventsTable } from './events.ts';
export { observationsTable, QUALIFIERS, type Qualifier } from './observations.ts';
export { derivedTable, DERIVED_METHODS, type DerivedMethod } from './derived.ts';

export type IndicatorRow = RowOf<typeof indicatorsTable>;
export type SourceRow = RowOf<typeof sourcesTable>;
export type UnitRow = RowOf<typeof unitsTable>;
export type CrosswalkRow = RowOf<typeof crosswalkTable>;
export type AliasRow = RowOf<typeof aliasesTable>;
/** One published figure, validated: numbers parsed, period expanded to dates, and where it came from. */
export type Observation = RowOf<typeof observationsTable>;
export type EventRow = RowOf<typeof eventsTable>;
/** A VN34 figure the bake computed from the VN63 figures of its members for the same period. */
export type DerivedRow = RowOf<typeof derivedTable>;

/** The tables of the baked database, in the order the bake writes them. */
export const BAKED_TABLES = [indicatorsTable, sourcesTable, unitsTable, crosswalkTable, eventsTable, observationsTable, derivedTable] as const;
