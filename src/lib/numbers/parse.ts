/**
 * Numbers as Vietnamese and English tables and texts write them (docs/CONTRACTS.md).
 *
 * Vietnamese writing: `.` groups thousands, `,` is the decimal comma (`86.000`, `62,5%`, `0,727`).
 * English writing: the reverse. Spaces, NBSP (U+00A0), thin (U+2009) and narrow no-break
 * (U+202F) spaces may group thousands in some tables (`1 706 000`).
 *
 * Rules, in order:
 * - a separator repeated (`86.000.000`) groups thousands, so its groups must have three digits;
 * - both separators present: the last one is the decimal mark (`1.234,5`, `1,234.5`);
 *   with a locale it must be that locale's decimal mark;
 * - a single separator followed by other than exactly three digits can only be a decimal mark
 *   (`62,5`, `0.8002`), in any locale: dti.gov.vn prints `0.8002` on Vietnamese pages;
 * - a single separator after a lone `0` is a decimal mark (`0,727`, `0.727`): a group never
 *   follows a leading zero;
 * - otherwise a single separator followed by exactly three digits (`1.706`) is a thousands
 *   separator in the locale that groups with it, a decimal mark in the other, and without a
 *   locale `ambiguous`.
 */

export type NumberLocale = 'vi' | 'en';
export type ParsedNumber =
  | { ok: true; value: number; percent: boolean }
  | { ok: false; reason: 'empty' | 'not_a_number' | 'ambiguous'; message: string };

// Spaces that tables use inside numbers; normalised to a plain space first.
const SPACE_LIKE = /[\u00A0\u2009\u202F\u2007]/g;
const SPACE_GROUPED = /^(\d{1,3})((?: \d{3})+)(?=$|[.,])/;
const BODY = /^\d+(?:[.,]\d+)*$/;

/**
 * Parses one number written by itself (a table cell, a CSV field).
 * @param text the written number, e.g. `62,5%`, `86.000`, `-1 706`
 * @param locale how to read a lone `.`/`,` followed by three digits; omit when unknown
 */
export function parseNumber(text: string, locale?: NumberLocale): ParsedNumber {
  let s = text.replace(SPACE_LIKE, ' ').trim();
  if (s === '') return { ok: false, reason: 'empty', message: 'empty' };
  const original = text.trim();
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trimEnd();
  }
  let sign = 1;
  const c0 = s.charAt(0);
  if (c0 === '-' || c0 === '\u2212' || c0 === '+') {
    sign = c0 === '+' ? 1 : -1;
    s = s.slice(1).trimStart();
  }
  // Space grouping: `1 706 000` or `1 706,5`; then any remaining separator is the decimal mark.
  let spaceGrouped = false;
  const sg = SPACE_GROUPED.exec(s);
  if (sg) {
    s = sg[1]! + sg[2]!.replaceAll(' ', '') + s.slice(sg[0].length);
    spaceGrouped = true;
  }
  if (!BODY.test(s)) return notANumber(original);
  const r = interpret(s, locale, spaceGrouped);
  if (typeof r === 'number') return { ok: true, value: sign * r, percent };
  if (r === 'ambiguous') {
    const grouped = Number(s.replace(/[.,]/, ''));
    const decimal = Number(s.replace(',', '.'));
    const vi = s.includes('.') ? grouped : decimal;
    const en = s.includes('.') ? decimal : grouped;
    return {
      ok: false,
      reason: 'ambiguous',
      message: `ambiguous number "${original}": ${String(sign * vi)} in Vietnamese writing, ${String(sign * en)} in English; give a locale`,
    };
  }
  return notANumber(original);
}

function notANumber(original: string): ParsedNumber {
  return { ok: false, reason: 'not_a_number', message: `not a number: "${original}"` };
}

/**
 * Reads digits separated by `.` and `,` (already matched by BODY, no sign, no percent).
 * @returns the value, `ambiguous`, or `invalid`
 */
function interpret(s: string, locale: NumberLocale | undefined, spaceGrouped: boolean): number | 'ambiguous' | 'invalid' {
  const dots = count(s, '.');
  const commas = count(s, ',');
  if (dots === 0 && commas === 0) return Number(s);
  if (spaceGrouped) {
    // Spaces did the grouping, so the single remaining separator is the decimal mark.
    return dots + commas === 1 ? Number(s.replace(',', '.')) : 'invalid';
  }
  if (dots > 0 && commas > 0) {
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if (count(s, decimal) !== 1) return 'invalid';
    if (locale !== undefined && decimal !== decimalOf(locale)) return 'invalid';
    const [intPart = '', frac = ''] = s.split(decimal);
    return grouped(intPart, group, frac);
  }
  const sep = dots > 0 ? '.' : ',';
  const n = dots + commas;
  if (n > 1) {
    // Repeated: only a thousands separator repeats.
    if (locale !== undefined && sep === decimalOf(locale)) return 'invalid';
    return grouped(s, sep, '');
  }
  const [intPart = '', frac = ''] = s.split(sep);
  const asDecimal = Number(`${intPart}.${frac}`);
  // A group never follows a lone 0 or more than three digits.
  if (frac.length !== 3 || intPart === '0' || intPart.length > 3) return asDecimal;
  if (locale === undefined) return 'ambiguous';
  return sep === decimalOf(locale) ? asDecimal : grouped(s, sep, '');
}

function decimalOf(locale: NumberLocale): string {
  return locale === 'vi' ? ',' : '.';
}

/** `86.000.000` with group `.` → 86000000, checking groups of three. */
function grouped(intPart: string, group: string, frac: string): number | 'invalid' {
  const parts = intPart.split(group);
  if (parts[0]!.length > 3 || parts.slice(1).some((p) => p.length !== 3)) return 'invalid';
  const digits = parts.join('');
  return Number(frac === '' ? digits : `${digits}.${frac}`);
}

function count(s: string, ch: string): number {
  let k = 0;
  for (let i = 0; i < s.length; i++) if (s[i] === ch) k++;
  return k;
}

// A number in running text: digits joined by single `.`/`,` or no-break/thin spaces that sit
// between digits. A `-`/`−` counts as a sign only when no letter or digit comes just before it
// (`2019-2020` is a range, not -2020).
const IN_TEXT = /(?:(?<![\p{L}\p{N}])([-\u2212]))?(\d+(?:(?:[.,]|[\u00A0\u2009\u202F])\d+)*)/gu;

/**
 * Every number written in a text, read in the given writing (default Vietnamese). Used by the
 * checker to find a value in its verbatim quote: `"01 (0,727)"` → `[1, 0.727]`,
 * `"100/160 điểm, 62,5%"` → `[100, 160, 62.5]`. A token that is not one well-formed number
 * (`1,2,3`) yields each of its digit runs.
 */
export function numbersInText(text: string, locale: NumberLocale = 'vi'): number[] {
  const out: number[] = [];
  IN_TEXT.lastIndex = 0;
  for (let m = IN_TEXT.exec(text); m !== null; m = IN_TEXT.exec(text)) {
    const negative = m[1] !== undefined;
    const token = m[2]!;
    const r = parseNumber(token, locale);
    if (r.ok) {
      out.push(negative ? -r.value : r.value);
    } else {
      for (const part of token.split(/[.,\u00A0\u2009\u202F]/)) out.push(Number(part));
    }
  }
  return out;
}
