/**
 * Normalisation of province names as they are spelled in published tables, so that
 * "  HÀ   NỘI ", "Hà Nội" (decomposed), "TP. Hà Nội" and "Ha Noi" compare equal while
 * "Hà Nam" and "Hà Nội" stay apart. Pure: usable at build time and in the browser.
 */

// Every dash-like character a spreadsheet or word processor may produce.
const DASHES = /[\u002D\u00AD\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
// Invisible characters that survive copy-paste from web pages and PDFs.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
// Combining diacritics after NFD: Vietnamese tones and vowel marks, whatever their placement.
const COMBINING = /[\u0300-\u036F]/g;

/**
 * Administrative prefixes stripped from the front, as token sequences, longest first.
 * "tp" and "tinh" are whole tokens only, so "Tây Ninh" or "Thanh Hóa" are never touched.
 */
const PREFIXES: readonly (readonly string[])[] = [
  ['uy', 'ban', 'nhan', 'dan'],
  ['thanh', 'pho'],
  ['ubnd'],
  ['tp'],
  ['tinh'],
  ['city', 'of'],
  ['province', 'of'],
];

/**
 * English suffixes stripped from the end. "tinh" is not among them: "Hà Tĩnh" ends with it.
 */
const SUFFIXES: readonly string[] = ['city', 'province', 'municipality'];

/**
 * Normalise a province name for comparison: Unicode-form and case insensitive, diacritics
 * removed (đ → d, so old and new tone placement agree), every dash and punctuation mark turned
 * into a space, spaces collapsed, and administrative prefixes ("Tỉnh", "TP.", "Thành phố",
 * "UBND tỉnh", "Ủy ban nhân dân thành phố") and English suffixes ("City", "Province") removed.
 * Leading codes such as "P01" are kept, so they never match a name by accident.
 * Returns the empty string when nothing but a prefix was given.
 * @example normalizeName('UBND Thành phố Hồ Chí Minh') // 'ho chi minh'
 */
export function normalizeName(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(INVISIBLE, '')
    .replace(COMBINING, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(DASHES, ' ')
    // Anything that is not a Latin letter or a digit separates words ("TP.HCM", "Hà Nội,").
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (plain === '') return '';
  const tokens = plain.split(' ');
  let start = 0;
  // Prefixes stack ("UBND Thành phố", "Ủy ban nhân dân tỉnh"), so strip until none applies.
  for (;;) {
    const prefix = PREFIXES.find((p) => p.every((t, i) => tokens[start + i] === t));
    if (!prefix) break;
    start += prefix.length;
  }
  let end = tokens.length;
  while (end > start && SUFFIXES.includes(tokens[end - 1] ?? '')) end -= 1;
  return tokens.slice(start, end).join(' ');
}

/**
 * The lookup key of a name: its normalised form without spaces, so that "Hanoi" meets "Ha Noi",
 * "Daklak" meets "Dak Lak" and "Bariavungtau" meets "Bà Rịa–Vũng Tàu".
 */
export function nameKey(name: string): string {
  return normalizeName(name).replace(/ /g, '');
}
