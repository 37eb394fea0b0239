/** The compact figures file islands fetch lazily (site-data/figures.json): no DuckDB needed for compare. */
import type { Direction, Qualifier, Unit as UnitKind, Vintage } from '../types.ts';
import type { Figure, IndicatorInfo, Source, Unit } from './types.ts';

/** The statistics fields the bake may add (rank and median basis, derivation method): carried as they are. */
type StatsFields = Record<string, string | boolean>;
const STATS_KEYS = ['rank_basis', 'rank_approx', 'median_basis', 'derived_method'] as const;

/** [indicator, vintage, geo, period, period_end, value, qualifier, derived, source, rank, rank_n, median, median_n, members, stats?] */
export type PackedFigure = [string, Vintage, string, string, string, number, Qualifier, boolean, string, number | null, number | null, number | null, number | null, string, StatsFields?];

export interface Bundle {
  indicators: { id: string; name_vi: string; name_en: string; unit: UnitKind; direction: Direction }[];
  units: { vintage: Vintage; code: string; name_vi: string; name_en: string }[];
  sources: Record<string, string>;
  figures: PackedFigure[];
}

function stats(f: Figure): StatsFields | undefined {
  const out: StatsFields = {};
  const row = f as unknown as Record<string, unknown>;
  for (const k of STATS_KEYS) if (typeof row[k] === 'string' || typeof row[k] === 'boolean') out[k] = row[k] as string | boolean;
  return Object.keys(out).length ? out : undefined;
}

/** Packs query rows for the browser. */
export function packBundle(indicators: readonly IndicatorInfo[], units: readonly Unit[], sources: readonly Source[], figures: readonly Figure[]): Bundle {
  return {
    indicators: indicators.map(({ id, name_vi, name_en, unit, direction }) => ({ id, name_vi, name_en, unit, direction })),
    units: units.map(({ vintage, code, name_vi, name_en }) => ({ vintage, code, name_vi, name_en })),
    sources: Object.fromEntries(sources.map((s) => [s.id, `${s.publisher}, ${s.title}`])),
    figures: figures.map((f) => {
      const packed: PackedFigure = [f.indicator, f.vintage, f.geo, f.period, f.period_end, f.value, f.qualifier, f.derived, f.source, f.rank, f.rank_n, f.median, f.median_n, f.members];
      const extra = stats(f);
      if (extra) packed.push(extra);
      return packed;
    }),
  };
}

/** Unpacks one figure into a named object. */
export function unpack(p: PackedFigure): Figure {
  const [indicator, vintage, geo, period, period_end, value, qualifier, derived, source, rank, rank_n, median, median_n, members, extra] = p;
  return { indicator, vintage, geo, period, period_start: '', period_end, value, qualifier, numerator: null, denominator: null, source, quote: '', derived, members, rank, rank_n, median, median_n, ...(extra ?? {}) } as Figure;
}
