/** Pure helpers that turn query rows into what pages show. */
import type { ChartRow, TrendRow } from '../../charts/types.ts';
import type { Lang } from '../format/number.ts';
import type { Direction, Vintage } from '../types.ts';
import type { MedianBasis } from '../format/stats.ts';
import type { Crosswalk, Figure, IndicatorInfo, SiteEvent, Unit } from './types.ts';
import { localName } from '../format/lang.ts';


/** Province names of one vintage by code. */
export function namesOf(units: readonly Unit[], vintage: Vintage, lang: Lang): Map<string, string> {
  return new Map(units.filter((u) => u.vintage === vintage).map((u) => [u.code, localName(u, lang)]));
}

/** The VN34 unit a VN63 province became part of. */
export function mergedInto(crosswalk: readonly Crosswalk[], vn63: string): string {
  const row = crosswalk.find((c) => c.vn63_code === vn63);
  if (!row) throw new Error(`no crosswalk row for VN63 ${vn63}`);
  return row.vn34_code;
}

/** The VN63 provinces a VN34 unit was formed from, by code. */
export function formedFrom(crosswalk: readonly Crosswalk[], vn34: string): string[] {
  return crosswalk.filter((c) => c.vn34_code === vn34).map((c) => c.vn63_code).sort();
}

/** The vintage with the most province figures (VN63 on ties: the published map). */
export function mainVintage(info: Pick<IndicatorInfo, 'n_vn63' | 'n_vn34'>): Vintage {
  return info.n_vn34 > info.n_vn63 ? 'VN34' : 'VN63';
}

/** Province figures of one vintage and period as chart rows. */
export function chartRows(figures: readonly Figure[], vintage: Vintage, period: string, names: ReadonlyMap<string, string>): ChartRow[] {
  return figures
    .filter((f) => f.vintage === vintage && f.period === period && f.geo !== 'VN')
    .map((f) => ({ geo: f.geo, name: names.get(f.geo) ?? f.geo, value: f.value, qualifier: f.qualifier, derived: f.derived }));
}

/** Province figures of one vintage over all periods, for trend charts. */
export function trendRows(figures: readonly Figure[], vintage: Vintage, names: ReadonlyMap<string, string>): TrendRow[] {
  return figures
    .filter((f) => f.vintage === vintage && f.geo !== 'VN')
    .map((f) => ({ geo: f.geo, name: names.get(f.geo) ?? f.geo, value: f.value, qualifier: f.qualifier, derived: f.derived, period: f.period, period_end: f.period_end }));
}

/**
 * Provinces on each map. The statistics read the unit counts from the baked reference
 * (`Figure.median_units`, `ranks.n`); this is for labels only.
 * Prefer `median_units` of the figure, which comes from the reference.
 */
export { PROVINCES_IN } from '../types.ts';

/**
 * A median is a national yardstick only where every unit of the map has a figure, or where the
 * missing ones are known to rank below every published one (the bake's `median_basis`). "The
 * median of the N published" is shown as such, but nothing is flagged against it.
 */
export function isNationalMedian(basis: MedianBasis | null | undefined): boolean {
  return basis === 'complete' || basis === 'below_known';
}

/**
 * Whether a figure is worse than the national median by the indicator's direction. A lower bound
 * ("> x") below the median, or an upper bound above it, cannot be judged: null; nor can a figure
 * whose median is not national (see isNationalMedian), nor a derived one against published ranks.
 */
export function belowMedian(f: Pick<Figure, 'value' | 'qualifier' | 'median' | 'median_basis'>, direction: Direction): boolean | null {
  if (f.median === null || direction === 'neutral' || !isNationalMedian(f.median_basis)) return null;
  const worse = direction === 'higher_better' ? f.value < f.median : f.value > f.median;
  if (!worse) return false;
  const bound = direction === 'higher_better' ? f.qualifier === 'at_least' : f.qualifier === 'at_most';
  return bound ? null : true;
}

/** A published range ("từ 20-40 điểm") is two rows, breakdowns `range_min` and `range_max`: one shown row. */
export interface RangedRow<R> {
  row: R;
  /** the upper end, when `row` is the lower end of a published range */
  max: number | null;
}

/**
 * Pairs the two rows of each published range (same indicator, vintage, geo, subunit, period;
 * breakdowns `range_min` / `range_max`) into one, to be shown with formatRange; other rows pass.
 */
export function pairRanges<R extends { indicator: string; vintage: string; geo: string; subunit: string; breakdown: string; period: string; value: number }>(rows: readonly R[]): RangedRow<R>[] {
  const key = (r: R): string => [r.indicator, r.vintage, r.geo, r.subunit, r.period].join('\u0000');
  const maxOf = new Map(rows.filter((r) => r.breakdown === 'range_max').map((r) => [key(r), r.value]));
  const hasMin = new Set(rows.filter((r) => r.breakdown === 'range_min').map(key));
  const out: RangedRow<R>[] = [];
  for (const r of rows) {
    if (r.breakdown === 'range_max' && hasMin.has(key(r))) continue;
    out.push({ row: r, max: r.breakdown === 'range_min' ? (maxOf.get(key(r)) ?? null) : null });
  }
  return out;
}

export type FlagKind = 'belowMedian' | 'noData' | 'noLevel4' | 'missed';
export interface Flag {
  kind: FlagKind;
  indicator?: string;
  event?: string;
  period?: string;
}

/**
 * The inspection brief's flags for one province: indicators below the national median (latest
 * period), indicators with figures for other provinces of the vintage but none for this one, zero
 * level-4 dossiers, and missed deadlines from the events table.
 */
export function provinceFlags(
  own: readonly Figure[],
  all: readonly Pick<Figure, 'indicator' | 'vintage' | 'geo'>[],
  indicators: readonly Pick<IndicatorInfo, 'id' | 'direction'>[],
  events: readonly SiteEvent[],
  vintage: Vintage,
): Flag[] {
  const flags: Flag[] = [];
  const direction = new Map(indicators.map((i) => [i.id, i.direction]));
  const latest = new Map<string, Figure>();
  for (const f of own) if (f.vintage === vintage && (!latest.has(f.indicator) || (latest.get(f.indicator) as Figure).period_end < f.period_end)) latest.set(f.indicator, f);
  for (const [id, f] of [...latest.entries()].sort()) {
    if (belowMedian(f, direction.get(id) ?? 'neutral') === true) flags.push({ kind: 'belowMedian', indicator: id, period: f.period });
    if (/^online_dossiers_level4/.test(id) && f.value === 0) flags.push({ kind: 'noLevel4', indicator: id, period: f.period });
  }
  const withData = new Set(all.filter((f) => f.vintage === vintage && f.geo !== 'VN').map((f) => f.indicator));
  for (const id of [...withData].sort()) if (!latest.has(id)) flags.push({ kind: 'noData', indicator: id });
  for (const e of events) if (e.status === 'missed') flags.push({ kind: 'missed', event: e.id, period: e.date });
  return flags;
}
