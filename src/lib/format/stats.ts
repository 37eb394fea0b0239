/**
 * The statistics a page shows beside a figure — its rank, the median it is compared with, how a
 * derived value was made — as text, declared once so that every view (map, chart, table, province
 * page, brief, compare, downloads) says the same thing. The honesty rules live in the bake, which
 * fills the `*_basis` and `derived_method` fields; this module only words them.
 */
import { t } from '../../i18n/dict.ts';
import { formatRank } from './value.ts';
import type { Lang } from './number.ts';
import type { DerivedMethod } from '../schema/derived.ts';

/** Where a rank comes from: the publisher's own, computed over every unit of the map, or over those with a figure. */
export type RankBasis = 'published' | 'complete' | 'partial';

export interface RankFields {
  rank: number | null;
  rank_n: number | null;
  rank_basis?: RankBasis | null;
  /** the value is approximate or a bound: the rank is marked "≈" */
  rank_approx?: boolean | null;
}

/** The rank as text ("hạng 3/63", "rank 3 of 63"), or null where no rank may be shown. */
export function rankText(f: RankFields, lang: Lang): string | null {
  if (f.rank === null || f.rank_n === null) return null;
  const text = formatRank(f.rank, f.rank_n, lang);
  const approx = f.rank_approx ? '≈ ' : '';
  if (f.rank_basis === 'partial') return `${approx}${t(lang, 'stats.rankAmong', { rank: f.rank, n: f.rank_n })}`;
  return `${approx}${text}`;
}

/** How a derived VN34 value was made from VN63 figures (declared with the derived table). */
export { DERIVED_METHODS, type DerivedMethod } from '../schema/derived.ts';

export interface DerivedFields {
  derived: boolean;
  /** VN63 member codes joined by '+' */
  members: string;
  derived_method?: DerivedMethod | null;
}

/** The derivation in words, naming the members; null for a published figure. */
export function derivedText(f: DerivedFields, lang: Lang, nameOf: (vn63Code: string) => string): string | null {
  if (!f.derived) return null;
  const codes = f.members.split('+').filter(Boolean);
  const members = codes.map((c) => `${nameOf(c)} (${c})`).join(', ');
  switch (f.derived_method) {
    case 'carried_over':
      return t(lang, 'stats.derived.carriedOver', { members });
    case 'sum':
      return t(lang, 'stats.derived.sum', { n: codes.length, members });
    case 'ratio':
      return t(lang, 'stats.derived.ratio', { n: codes.length, members });
    default:
      return t(lang, 'data.derivedFrom', { n: codes.length, members: f.members });
  }
}

/** What a median stands for: every unit, all of them with gaps known to rank below, or only those published. */
export type MedianBasis = 'complete' | 'below_known' | 'published_only';

export interface MedianFields {
  median: number | null;
  /** units with a figure */
  median_n: number | null;
  median_basis?: MedianBasis | null;
  /** units on the map */
  median_units?: number | null;
  /** below_known: the (first) rank whose value is the median */
  median_rank?: number | null;
}

/** The label of a median ("trung vị cả nước", "trung vị của 12 tỉnh có số liệu"), or null where none may be shown. */
export function medianLabel(f: MedianFields, lang: Lang): string | null {
  if (f.median === null || f.median_n === null) return null;
  switch (f.median_basis) {
    case 'published_only':
      return t(lang, 'stats.median.published', { n: f.median_n });
    case 'below_known': {
      const units = f.median_units ?? null;
      const rank = f.median_rank ?? null;
      if (units === null || rank === null) return t(lang, 'stats.median.belowKnown', { n: f.median_n });
      const missing = units - f.median_n;
      // an even number of units: the median is the mean of the two middle ranks
      if (units % 2 === 0) return t(lang, 'stats.median.belowKnownAtPair', { rank, next: rank + 1, units, missing });
      return t(lang, 'stats.median.belowKnownAt', { rank, units, missing });
    }
    default:
      return t(lang, 'stats.median.national');
  }
}
