/** A published figure as text: qualifier, number and unit, in Vietnamese or English. */
import type { Qualifier, Unit } from '../types.ts';
import { formatNumber, formatPercent, type Lang } from './number.ts';
import { formatText as t } from '../../i18n/formats.ts';

/** The sign a qualifier puts before a number: "hơn 9.000" is shown "> 9.000", never "9.000". */
export function qualifierSign(qualifier: Qualifier): string {
  switch (qualifier) {
    case '':
      return '';
    case 'at_least':
      return '>';
    case 'at_most':
      return '<';
    case 'approx':
    case 'near':
      return '≈';
    default:
      throw new Error(`unknown qualifier: ${String(qualifier)}`);
  }
}

const QUALIFIER_WORDS: Record<Lang, Record<Qualifier, string>> = {
  vi: { '': 'chính xác', at_least: 'hơn (cận dưới)', at_most: 'dưới (cận trên)', approx: 'khoảng', near: 'gần' },
  en: { '': 'exact', at_least: 'more than (lower bound)', at_most: 'less than (upper bound)', approx: 'about', near: 'nearly' },
};

/** The qualifier in words, for legends and tooltips. */
export function qualifierWord(qualifier: Qualifier, lang: Lang): string {
  return QUALIFIER_WORDS[lang][qualifier];
}

const UNIT_LABELS: Record<Lang, Record<Unit, string>> = {
  vi: { percent: '%', count: 'số lượng', score: 'điểm chỉ số', rank: 'thứ hạng', vnd_billion: 'tỷ đồng', points: 'điểm' },
  en: { percent: '%', count: 'count', score: 'index score', rank: 'rank', vnd_billion: 'VND billion', points: 'points' },
};

/** The unit's name for axis titles and legends ("tỷ đồng" / "VND billion"). */
export function unitLabel(unit: Unit, lang: Lang): string {
  return UNIT_LABELS[lang][unit];
}

/** The number with its unit, no qualifier: "62,5%", "20 tỷ đồng", "VND 20 billion", "hạng 3". */
export function formatAmount(value: number, unit: Unit, lang: Lang): string {
  switch (unit) {
    case 'percent':
      return formatPercent(value, lang);
    case 'vnd_billion':
      return t(lang, 'amount.vnd_billion', { n: formatNumber(value, lang) });
    case 'points':
      return t(lang, 'amount.points', { n: formatNumber(value, lang) });
    case 'rank':
      return t(lang, 'amount.rank', { n: formatNumber(value, lang) });
    case 'count':
    case 'score':
      return formatNumber(value, lang);
    default:
      throw new Error(`unknown unit: ${String(unit)}`);
  }
}

/**
 * A figure as it must be shown: "> 9.000" for at_least, "≈ 18%" for approx or near, "< 5" for at_most.
 * `null` is "no data" said plainly, never 0.
 */
export function formatValue(value: number | null, unit: Unit, qualifier: Qualifier, lang: Lang): string {
  if (value === null) return noData(lang);
  const sign = qualifierSign(qualifier);
  const amount = formatAmount(value, unit, lang);
  return sign ? `${sign} ${amount}` : amount;
}

/**
 * A published range ("từ 20-40 điểm") as one value, "20–40 điểm" / "20–40 points": never as the
 * two bounds "> 20" and "< 40". The unit is written once, after the upper end.
 */
export function formatRange(min: number, max: number, unit: Unit, lang: Lang): string {
  if (!(min <= max)) throw new Error(`invalid range: ${min}–${max}`);
  const ends = { min: formatNumber(min, lang), max: formatNumber(max, lang) };
  if (unit === 'vnd_billion') return t(lang, 'amount.vndRange', ends);
  if (unit === 'rank') return t(lang, 'amount.rankRange', ends);
  return `${ends.min}–${formatAmount(max, unit, lang)}`;
}

/** "hạng 3/63" / "rank 3 of 63". */
export function formatRank(rank: number, n: number, lang: Lang): string {
  if (!Number.isInteger(rank) || !Number.isInteger(n) || rank < 1 || rank > n) throw new Error(`invalid rank: ${rank}/${n}`);
  return t(lang, 'amount.rankOf', { rank, n });
}

/** The words for a missing figure. */
export function noData(lang: Lang): string {
  return t(lang, 'data.none');
}
