/** The compact figures file islands fetch lazily (site-data/figures.json): no DuckDB needed for the map. */
import type { Direction, Qualifier, Unit as UnitKind, Vintage } from '../lib/types.ts';
import type { Figure, IndicatorInfo, Source, Unit } from './types.ts';

/** [indicator, vintage, geo, period, period_end, value, qualifier, derived, source, rank, rank_n, median] */
export type PackedFigure = [string, Vintage, string, string, string, number, Qualifier, boolean, string, number | null, number | null, number | null];

export interface Bundle {
  indicators: { id: string; name_vi: string; name_en: string; unit: UnitKind; direction: Direction }[];
  units: { vintage: Vintage; code: string; name_vi: string; name_en: string }[];
  sources: Record<string, string>;
  figures: PackedFigure[];
}

/** Packs query rows for the browser. */
export function packBundle(indicators: readonly IndicatorInfo[], units: readonly Unit[], sources: readonly Source[], figures: readonly Figure[]): Bundle {
  return {
    indicators: indicators.map(({ id, name_vi, name_en, unit, direction }) => ({ id, name_vi, name_en, unit, direction })),
    units: units.map(({ vintage, code, name_vi, name_en }) => ({ vintage, code, name_vi, name_en })),
    sources: Object.fromEntries(sources.map((s) => [s.id, `${s.publisher}, ${s.title}`])),
    figures: figures.map((f) => [f.indicator, f.vintage, f.geo, f.period, f.period_end, f.value, f.qualifier, f.derived, f.source, f.rank, f.rank_n, f.median]),
  };
}

/** Unpacks one figure into a named object. */
export function unpack(p: PackedFigure): Figure {
  const [indicator, vintage, geo, period, period_end, value, qualifier, derived, source, rank, rank_n, median] = p;
  return { indicator, vintage, geo, period, period_start: '', period_end, value, qualifier, numerator: null, denominator: null, source, quote: '', derived, members: '', rank, rank_n, median, median_n: null };
}
