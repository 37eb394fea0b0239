/**
 * Row types shared by the checker, the bake, the importer and the site, derived from the table
 * schemas in src/lib/schema/ (re-exported here so existing imports keep working).
 */

export {
  AGGREGATIONS, DIRECTIONS, MERGER_DATE, PROVINCES_IN, QUALIFIERS, UNITS, VINTAGES,
  type Aggregation, type AliasRow, type CrosswalkRow, type Direction, type EventRow, type IndicatorRow, type Observation,
  type Qualifier, type SourceRow, type Unit, type UnitRow, type Vintage,
} from './schema/index.ts';
import { PROVINCES_IN, type AliasRow, type CrosswalkRow, type EventRow, type IndicatorRow, type Observation, type SourceRow, type UnitRow, type Vintage } from './schema/index.ts';

/** Whether `units` provinces are at least half of a map: a period read as the map's, not a press note naming a few. */
export function coversHalf(units: number, vintage: Vintage): boolean {
  return units * 2 >= PROVINCES_IN[vintage];
}

export interface Dataset {
  indicators: IndicatorRow[];
  sources: SourceRow[];
  units: UnitRow[];
  crosswalk: CrosswalkRow[];
  aliases: AliasRow[];
  observations: Observation[];
  events: EventRow[];
}
