/**
 * The indicator view: which indicator, map, period, tab and provinces a reader is looking at. It
 * lives in the URL (so a view can be shared, embedded and restored) and every model and download
 * derives from it.
 */
import { coversHalf, type Vintage } from '../types.ts';
import type { Figure } from './data.ts';

export const TABS = ['map', 'chart', 'table', 'sources'] as const;
export type Tab = (typeof TABS)[number];

export interface IndicatorView {
  indicator: string;
  vintage: Vintage;
  period: string;
  tab: Tab;
  /** codes of the view's vintage (or VN) drawn on the chart, in order of choice */
  picks: string[];
}

const ID = /^[a-z0-9_]{1,80}$/;
const PERIOD = /^\d{4}(-(Q[1-4]|H[12]|\d{2}(-\d{2})?))?(\/\d{4}(-(Q[1-4]|H[12]|\d{2}(-\d{2})?))?)?$/;
const CODE = /^(\d{2}|VN)$/;
export const MAX_PICKS = 8;

/**
 * Reads a view from a query string, keeping `fallback` for anything absent or malformed, and an
 * indicator outside `known` (when given). Picks are deduplicated and capped at MAX_PICKS.
 */
export function readView(search: string, fallback: IndicatorView, known?: ReadonlySet<string>): IndicatorView {
  const q = new URLSearchParams(search);
  const indicator = q.get('indicator') ?? '';
  const vintage = (q.get('vintage') ?? '').toUpperCase();
  const period = q.get('period') ?? '';
  const tab = q.get('tab') ?? '';
  const picks = q.has('p') ? [...new Set((q.get('p') ?? '').split(',').map((s) => s.trim().toUpperCase()).filter((s) => CODE.test(s)))].slice(0, MAX_PICKS) : fallback.picks;
  return {
    indicator: ID.test(indicator) && (!known || known.has(indicator)) ? indicator : fallback.indicator,
    vintage: vintage === 'VN63' || vintage === 'VN34' ? vintage : fallback.vintage,
    period: PERIOD.test(period) ? period : fallback.period,
    tab: (TABS as readonly string[]).includes(tab) ? (tab as Tab) : fallback.tab,
    picks,
  };
}

/** Writes a view into a query string, keeping other parameters (embed, chart). */
export function writeView(search: string, view: IndicatorView): string {
  const q = new URLSearchParams(search);
  q.set('indicator', view.indicator);
  q.set('vintage', view.vintage);
  q.set('period', view.period);
  q.set('tab', view.tab);
  if (view.picks.length) q.set('p', view.picks.join(','));
  else q.delete('p');
  return `?${q.toString().replace(/%2C/g, ',')}`;
}

/** Periods with province figures in one vintage, oldest first (by end date, then text). */
export function periodsIn(figures: readonly Figure[], vintage: Vintage): string[] {
  const ends = new Map<string, string>();
  for (const f of figures) if (f.vintage === vintage && f.geo !== 'VN') ends.set(f.period, f.period_end);
  return [...ends.entries()].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0])).map(([p]) => p);
}

/**
 * The period a view opens on: the latest whose province figures cover at least half the map (a
 * press note naming two provinces is not the ranking), else the latest; '' when there is none.
 */
export function openingPeriod(figures: readonly Figure[], vintage: Vintage): string {
  const periods = periodsIn(figures, vintage);
  const geos = new Map<string, Set<string>>();
  for (const f of figures) if (f.vintage === vintage && f.geo !== 'VN') geos.set(f.period, (geos.get(f.period) ?? new Set()).add(f.geo));
  const covering = periods.filter((p) => coversHalf(geos.get(p)?.size ?? 0, vintage));
  return covering[covering.length - 1] ?? periods[periods.length - 1] ?? '';
}

const day = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/** The end date of a period as written ("2019" → 2019-12-31, "2019-08" → 2019-08-31), approximately enough to find a neighbour. */
function endOf(period: string): number {
  const last = period.split('/').pop() ?? period;
  if (/^\d{4}$/.test(last)) return day(`${last}-12-31`);
  if (/^\d{4}-H1$/.test(last)) return day(`${last.slice(0, 4)}-06-30`);
  if (/^\d{4}-H2$/.test(last)) return day(`${last.slice(0, 4)}-12-31`);
  const q = /^(\d{4})-Q([1-4])$/.exec(last);
  if (q) return day(`${q[1]}-${String(Number(q[2]) * 3).padStart(2, '0')}-28`);
  if (/^\d{4}-\d{2}$/.test(last)) return day(`${last}-28`);
  return day(last);
}

/**
 * The period of `periods` nearest to `wanted` (itself when present; the later one on a tie), so a
 * change of map or indicator never opens on a period without figures. Null when there are none.
 */
export function nearestPeriod(periods: readonly string[], wanted: string): string | null {
  if (periods.length === 0) return null;
  if (periods.includes(wanted)) return wanted;
  const target = endOf(wanted);
  let best = periods[periods.length - 1];
  let gap = Infinity;
  for (const p of periods) {
    const d = Math.abs(endOf(p) - target);
    if (d < gap || (d === gap && endOf(p) > endOf(best))) {
      best = p;
      gap = d;
    }
  }
  return best;
}

/** The vintage to open on: the one with more province figures (VN63 on a tie). */
export function mainVintageOf(figures: readonly Figure[]): Vintage {
  let n63 = 0;
  let n34 = 0;
  for (const f of figures) if (f.geo !== 'VN') f.vintage === 'VN34' ? n34++ : n63++;
  return n34 > n63 ? 'VN34' : 'VN63';
}

/**
 * A view made consistent with the figures: a period the chosen map lacks moves to the nearest one
 * that has figures there (the map itself stays the reader's choice, unless it has no figure at all
 * for the indicator); picks of another vintage drop.
 */
export function settle(view: IndicatorView, figures: readonly Figure[], previous?: IndicatorView): IndicatorView {
  // an indicator with no province figure on the chosen map opens on the map that has them
  const other: Vintage = view.vintage === 'VN63' ? 'VN34' : 'VN63';
  const vintage = periodsIn(figures, view.vintage).length === 0 && periodsIn(figures, other).length > 0 ? other : view.vintage;
  const period = nearestPeriod(periodsIn(figures, vintage), view.period) ?? view.period;
  const picks = previous && previous.vintage !== vintage ? [] : view.picks;
  return { ...view, vintage, period, picks };
}
