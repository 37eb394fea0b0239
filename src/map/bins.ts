/** Binned colour scales for the choropleth: equal-count thresholds, rounded so a legend reads well. */
import { sequential } from '../charts/palette.ts';
import { formatAmount } from '../lib/format/value.ts';
import { formatNumber } from '../lib/format/number.ts';
import { t as translate } from '../i18n/dict.ts';
import type { Lang } from '../lib/format/number.ts';
import type { Direction, Unit } from '../lib/types.ts';

export interface Bins {
  /** ascending thresholds: bin i holds values in [thresholds[i-1], thresholds[i]) */
  thresholds: number[];
  /** one colour per bin, ascending by value */
  colours: string[];
}

/** Rounds to two significant digits, the precision a legend needs. */
export function roundNice(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  return Math.round(value / magnitude) * magnitude;
}

/**
 * Up to `max` bins of roughly equal counts. Fewer distinct values give fewer bins, so a map of five
 * provinces never shows empty classes. Colours run worst → best by direction: for lower-is-better
 * indicators (ranks) the lowest values get the darkest colour.
 */
export function makeBins(values: readonly number[], direction: Direction, max = 5): Bins {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return { thresholds: [], colours: [] };
  const distinct = new Set(sorted).size;
  const n = Math.max(1, Math.min(max, distinct));
  const thresholds: number[] = [];
  for (let i = 1; i < n; i++) {
    const q = sorted[Math.floor((i * sorted.length) / n)];
    const nice = roundNice(q);
    // a rounded threshold must still separate values, and never repeat
    const t = nice > sorted[0] && nice <= sorted[sorted.length - 1] ? nice : q;
    if (t > sorted[0] && (thresholds.length === 0 || t > thresholds[thresholds.length - 1])) thresholds.push(t);
  }
  const count = thresholds.length + 1;
  const ramp = sequential(count, direction);
  const colours = direction === 'lower_better' ? [...ramp].reverse() : ramp;
  return { thresholds, colours };
}

/** The bin index of a value. */
export function binOf(value: number, bins: Bins): number {
  let i = 0;
  while (i < bins.thresholds.length && value >= bins.thresholds[i]) i++;
  return i;
}

/**
 * Legend text for each bin, no value in two bins. Whole numbers (ranks, counts) get closed ranges
 * from the values themselves: "hạng 1–12", "hạng 13–25", "hạng 26–63". Other values get half-open
 * ranges said as such: "< 20%", "20% – < 40%", "≥ 40%". One bin: every value.
 */
export function binLabels(bins: Bins, unit: Unit, lang: Lang, values: readonly number[] = []): string[] {
  const f = (v: number): string => formatAmount(v, unit, lang);
  const t = bins.thresholds;
  if (t.length === 0) return bins.colours.length ? [translate(lang, 'bins.all')] : [];
  const whole = values.length > 0 && values.every(Number.isInteger) && t.every(Number.isInteger);
  if (whole) {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    return bins.colours.map((_, i) => {
      const from = i === 0 ? lo : t[i - 1];
      const to = i === t.length ? hi : t[i] - 1;
      return from === to ? f(from) : `${f(from)}–${formatNumber(to, lang)}`;
    });
  }
  return bins.colours.map((_, i) => (i === 0 ? `< ${f(t[0])}` : i === t.length ? `≥ ${f(t[i - 1])}` : `${f(t[i - 1])} – < ${f(t[i])}`));
}
