/**
 * Colour-blind-safe colours (Okabe & Ito 2008; ColorBrewer sequential ramps) chosen by an indicator's
 * direction, so that "better" always reads the same way: darker on maps, blue rather than vermillion
 * in rankings. All reach 3:1 against white (WCAG 2.1 non-text contrast).
 */
import type { Direction } from '../lib/types.ts';

export const BETTER = '#0072B2';
export const WORSE = '#D55E00';
export const NEUTRAL = '#5f6b7a';
export const HIGHLIGHT = '#CC79A7';
export const MUTED = '#b9c0c8';
export const MEDIAN = '#222222';

/** Okabe–Ito colours for up to six series (compare): distinguishable with every common colour-vision deficiency. */
export const SERIES = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'] as const;

// ColorBrewer Blues (colour-blind safe, prints in grey) with the lightest step dropped so every bin
// is visible against the white page and the hatched "no data" fill.
const BLUES = ['#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'];
const PURPLES = ['#dadaeb', '#bcbddc', '#9e9ac8', '#807dba', '#6a51a3', '#54278f', '#3f007d'];

/** `n` sequential colours ordered from the worst bin to the best (neutral: low to high). */
export function sequential(n: number, direction: Direction): string[] {
  if (!Number.isInteger(n) || n < 1 || n > 7) throw new Error(`invalid bin count: ${n}`);
  const ramp = direction === 'neutral' ? PURPLES : BLUES;
  // spread the picks across the ramp so 3 bins are light, middle, dark rather than the first three
  const picks = n === 1 ? [ramp[4]] : Array.from({ length: n }, (_, i) => ramp[Math.round((i * (ramp.length - 1)) / (n - 1))]);
  return picks;
}

/** Whether a is better than b for an indicator's direction (null for neutral). */
export function better(a: number, b: number, direction: Direction): boolean | null {
  if (direction === 'neutral') return null;
  return direction === 'higher_better' ? a > b : a < b;
}

/** The colour of a value relative to the national median. */
export function medianColour(value: number, median: number | null, direction: Direction): string {
  if (median === null || direction === 'neutral' || value === median) return NEUTRAL;
  return better(value, median, direction) ? BETTER : WORSE;
}
