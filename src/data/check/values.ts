/** Plain numbers as data/ must write them: `.` decimal mark, no thousands separator, no `%`. */
import { parseNumber } from '../../lib/numbers/parse.ts';

const PLAIN = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/**
 * Parses a field that must hold a plain number.
 * @returns the number, or null when the text is not plain
 */
export function parsePlain(text: string): number | null {
  return PLAIN.test(text) ? Number(text) : null;
}

/**
 * Number of decimals written, which fixes the rounding a published value carries.
 * @returns digits after the `.`, 0 for an integer
 */
export function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/**
 * Message for a field that is not a plain number, suggesting the plain writing when the text is
 * a number in Vietnamese writing.
 * @param name the column, e.g. `value`
 */
export function notPlainMessage(name: string, text: string): string {
  const base = `${name} "${text}" is not a plain number; expected "." as decimal mark, no thousands separator and no "%"`;
  const vi = parseNumber(text, 'vi');
  if (vi.ok && vi.value !== Number(text)) return `${base} (e.g. ${String(vi.value)})`;
  return base;
}

/**
 * Shows a computed number briefly (for messages): at most 6 decimals, no trailing zeros.
 * @returns e.g. `62.5`, `33.333333`
 */
export function show(n: number): string {
  return String(Number(n.toFixed(6)));
}
