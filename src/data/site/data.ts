/** Typed loaders the pages call; reference tables are loaded once per build. */
import type { Vintage } from '../../lib/types.ts';
import { run } from './db.ts';
import {
  crosswalkQuery, eventsQuery, figuresQuery, indicatorsQuery, mediansQuery, nationalAndSubunitQuery, observationsQuery, sourcesQuery, unitsQuery,
  type FigureFilter,
} from '../../lib/queries/site.ts';
import type { Crosswalk, Figure, IndicatorInfo, Median, ObservationRow, OtherFigure, SiteEvent, Source, Unit } from '../../lib/site/types.ts';

const once = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let cached: Promise<T> | null = null;
  return () => (cached ??= load());
};

/** Every indicator with its counts. */
export const loadIndicators = once(() => run<IndicatorInfo>(indicatorsQuery()));
/** Every source. */
export const loadSources = once(() => run<Source>(sourcesQuery()));
/** Every province of both vintages. */
export const loadUnits = once(() => run<Unit>(unitsQuery()));
/** The 63 → 34 crosswalk. */
export const loadCrosswalk = once(() => run<Crosswalk>(crosswalkQuery()));

/** Figures with rank and median; see figuresQuery. */
export function loadFigures(filter: FigureFilter = {}): Promise<Figure[]> {
  return run<Figure>(figuresQuery(filter));
}

/** An indicator's medians over time. */
export function loadMedians(indicator: string): Promise<Median[]> {
  return run<Median>(mediansQuery(indicator));
}

/** Events, optionally of one province. */
export function loadEvents(filter: { vintage?: Vintage; geo?: string } = {}): Promise<SiteEvent[]> {
  return run<SiteEvent>(eventsQuery(filter));
}

/** Published observations, optionally of one source or indicator. */
export function loadObservations(filter: { source?: string; indicator?: string } = {}): Promise<ObservationRow[]> {
  return run<ObservationRow>(observationsQuery(filter));
}

/** An indicator's national, sub-unit and breakdown figures (not on the province map); see nationalAndSubunitQuery. */
export function loadNationalAndSubunit(indicator: string): Promise<OtherFigure[]> {
  return run<OtherFigure>(nationalAndSubunitQuery(indicator));
}

/** The static paths of the province pages (both languages): one per unit of each vintage, `/vn63/01/`. */
export async function provincePagePaths(): Promise<{ params: { vintage: string; code: string }; props: { vintage: Unit['vintage'] } }[]> {
  return (await loadUnits()).map((u) => ({ params: { vintage: u.vintage.toLowerCase(), code: u.code }, props: { vintage: u.vintage } }));
}
