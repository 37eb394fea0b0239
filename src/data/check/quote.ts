/**
 * Is a value recognisable in its verbatim quote? (ARCHITECTURE.md, honesty rules.)
 *
 * Accepted:
 * - a number in the quote, read in Vietnamese writing by `numbersInText` (`86.000` is 86000,
 *   `62,5%` is 62.5, plain `0.8002` is 0.8002), equal to the value;
 * - for a value of 0, a phrase of absence: "chưa có", "không có", "chưa phát sinh", "không phát sinh";
 * - for a percent, the same share written as a fraction of 1 (`0,55` for 55): some tables print
 *   shares that way, and the number is still the published one.
 * Nothing else: no rounding, no arithmetic on the quote's numbers.
 */
import { numbersInText } from '../../lib/numbers/parse.ts';
import { show } from './values.ts';

export const ABSENCE_PHRASES: readonly string[] = ['chưa có', 'không có', 'chưa phát sinh', 'không phát sinh'];

/**
 * Checks a value against its quote.
 * @param valueText the value as written in the CSV (for the thousands-separator hint)
 * @returns null when the value is in the quote, else a short message saying what was expected
 */
export function quoteProblem(value: number, valueText: string, quote: string, percent: boolean): string | null {
  const found = numbersInText(quote);
  for (const n of found) {
    if (same(n, value) || (percent && same(n * 100, value))) return null;
  }
  if (value === 0) {
    const q = quote.normalize('NFC').toLowerCase();
    for (const phrase of ABSENCE_PHRASES) if (q.includes(phrase)) return null;
  }
  // "1.706" in a quote is 1706 in Vietnamese writing; a value typed as 1.706 is a misreading.
  if (/^\d{1,3}\.\d{3}$/.test(valueText) && found.some((n) => same(n, value * 1000))) {
    return `value ${valueText} not found in quote; the quote's "${valueText}" is ${show(value * 1000)} in Vietnamese writing (data/ writes no thousands separator)`;
  }
  if (found.length === 0) {
    return value === 0
      ? `value 0 not found in quote; expected 0 or a phrase of absence (${ABSENCE_PHRASES.join(', ')})`
      : `value ${valueText} not found in quote; the quote has no number`;
  }
  const listed = found.slice(0, 8).map(show).join(', ') + (found.length > 8 ? ', …' : '');
  return `value ${valueText} not found in quote; numbers there: ${listed}`;
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}
