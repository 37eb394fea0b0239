/**
 * Is a value recognisable in its verbatim quote? (ARCHITECTURE.md, honesty rules.)
 *
 * Accepted:
 * - a number in the quote, read in Vietnamese writing by `numbersInText` (`86.000` is 86000,
 *   `62,5%` is 62.5, plain `0.8002` is 0.8002), equal to the value;
 * - for a value of 0, a phrase of absence: "chưa có", "không có", "chưa phát sinh", "không phát sinh";
 * - for a percent, the same share written as a fraction of 1 (`0,55` for 55): some tables print
 *   shares that way, and the number is still the published one.
 * - for a rank, an ordinal written in words ("xếp hạng thứ nhất", "vị trí đầu tiên", "thứ ba"):
 *   portals announce the top places that way. Only for ranks: "thứ hai" is also Monday.
 * Nothing else: no rounding, no arithmetic on the quote's numbers.
 */
import { numbersInText } from '../../lib/numbers/parse.ts';
import { show } from './values.ts';

export const ABSENCE_PHRASES: readonly string[] = ['chưa có', 'không có', 'chưa phát sinh', 'không phát sinh'];

/** Vietnamese ordinals in words, for ranks: "thứ nhất" is first, "đầu tiên" first too. */
export const ORDINALS: ReadonlyMap<number, readonly string[]> = new Map([
  // "dẫn đầu"/"đứng đầu" (leads) and English ordinals as the press prints them (shared/sources/press)
  [1, ['thứ nhất', 'đầu tiên', 'dẫn đầu', 'đứng đầu', 'first']],
  [2, ['thứ hai', 'thứ nhì', 'second']],
  [3, ['thứ ba', 'third']],
  [4, ['thứ tư']],
  [5, ['thứ năm', 'fifth']],
  [6, ['thứ sáu']],
  [7, ['thứ bảy']],
  [8, ['thứ tám']],
  [9, ['thứ chín']],
  [10, ['thứ mười']],
]);

/**
 * Checks a value against its quote.
 * @param valueText the value as written in the CSV (for the thousands-separator hint)
 * @returns null when the value is in the quote, else a short message saying what was expected
 */
export function quoteProblem(value: number, valueText: string, quote: string, percent: boolean, rank = false): string | null {
  if (writtenIn(quote, valueText)) return null;
  if (rank && ORDINALS.has(value)) {
    const q = quote.normalize('NFC').toLowerCase();
    // a whole word: "thứ ba" but not "thứ bao"
    for (const word of ORDINALS.get(value) ?? []) if (new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'u').test(q)) return null;
  }
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

const DIGIT_LO = 0x30;
const DIGIT_HI = 0x39;
// A lone "1.706" would read as 1706 in Vietnamese writing, so that spelling is left to the slow path.
const MISREADABLE = /^\d{1,3}\.\d{3}$/;

/**
 * Fast path for a million rows: is the value written in the quote as a whole token, in one of the
 * spellings numbersInText reads back as the same number (`86.000`, `86000`, `62,5`, plain
 * `0.8002`)? Only ever says yes when numbersInText would find the value too; a no falls back to
 * the full reading.
 */
function writtenIn(quote: string, valueText: string): boolean {
  if (valueText.charCodeAt(0) === 0x2d) return false;
  const dot = valueText.indexOf('.');
  const int = dot === -1 ? valueText : valueText.slice(0, dot);
  const frac = dot === -1 ? '' : valueText.slice(dot + 1);
  const viFrac = frac === '' ? '' : `,${frac}`;
  if (hasToken(quote, int + viFrac)) return true;
  if (int.length > 3 && hasToken(quote, groupThousands(int) + viFrac)) return true;
  return frac !== '' && !MISREADABLE.test(valueText) && hasToken(quote, valueText);
}

function groupThousands(int: string): string {
  let out = int.slice(0, ((int.length - 1) % 3) + 1);
  for (let i = out.length; i < int.length; i += 3) out += `.${int.slice(i, i + 3)}`;
  return out;
}

function isDigit(c: number): boolean {
  return c >= DIGIT_LO && c <= DIGIT_HI;
}

// Characters numbersInText lets join digits into one token.
function isJoiner(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/** `token` occurs in `text` with nothing before or after that would extend or negate it. */
function hasToken(text: string, token: string): boolean {
  for (let i = text.indexOf(token); i !== -1; i = text.indexOf(token, i + 1)) {
    const b = i > 0 ? text.charCodeAt(i - 1) : 0x20;
    const b2 = i > 1 ? text.charCodeAt(i - 2) : 0x20;
    const end = i + token.length;
    const a = end < text.length ? text.charCodeAt(end) : 0x20;
    const a2 = end + 1 < text.length ? text.charCodeAt(end + 1) : 0x20;
    if (isDigit(b) || (isJoiner(b) && isDigit(b2)) || b === 0x2d || b === 0x2212) continue;
    if (isDigit(a) || (isJoiner(a) && isDigit(a2))) continue;
    return true;
  }
  return false;
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}
