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

/** The prefixes as they appear in a key (no spaces), alone and stacked two deep ("ubndtinh"). */
export const PREFIX_KEYS: readonly string[] = [
  ...new Set(PREFIXES.flatMap((p) => [p.join(''), ...PREFIXES.map((q) => p.join('') + q.join(''))])),
];

/**
 * English suffixes stripped from the end. "tinh" is not among them: "Hà Tĩnh" ends with it.
 */
const SUFFIXES: readonly string[] = ['city', 'province', 'municipality'];

/** Stands for one character lost in an encoding round-trip; survives normalisation (see {@link markDamage}). */
export const UNKNOWN_CHAR = '\uE000';

/** R's escapes of characters it could not print: "B<U+1EAE>C GIANG" → "BẮC GIANG". */
export function decodeEscapes(name: string): string {
  return name.replace(/<U\+([0-9A-Fa-f]{4,6})>/g, (whole, hex: string) => {
    const code = Number.parseInt(hex, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

// Combining marks Vietnamese uses: tones (grave, acute, tilde, hook, dot below), circumflex, breve, horn.
const VIETNAMESE_MARKS = new Set([0x300, 0x301, 0x303, 0x309, 0x323, 0x302, 0x306, 0x31b]);
// Windows-1252 punctuation that a byte read in the wrong code page turns into (dashes excluded: names use them).
const CP1252_SYMBOLS = new Set([0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178]);

/**
 * True for a character no province name contains and that an encoding round-trip leaves: U+FFFD,
 * "?" (what a code-page conversion writes for a character it lacks), C0 and C1 controls, Latin-1
 * and Windows-1252 symbols, and letters with marks Vietnamese does not use ("ï", "Ð", "å").
 */
export function isStrayCharacter(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  if (ch === '\uFFFD' || ch === '?') return true;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xa1 && code <= 0xbf) || code === 0xd7 || code === 0xf7) return true;
  if (CP1252_SYMBOLS.has(code)) return true;
  if (code >= 0xc0 && code <= 0x24f && ch !== 'đ' && ch !== 'Đ') {
    const [base = '', ...marks] = ch.normalize('NFD');
    return !/^[A-Za-z]$/.test(base) || marks.some((m) => !VIETNAMESE_MARKS.has(m.codePointAt(0) ?? 0));
  }
  return false;
}

/**
 * A name as it may come out of a damaged file: escapes decoded, each stray character replaced by
 * {@link UNKNOWN_CHAR}. A name without damage comes back with only its escapes decoded.
 */
export function markDamage(name: string): string {
  let out = '';
  for (const ch of decodeEscapes(name)) out += isStrayCharacter(ch) ? UNKNOWN_CHAR : ch;
  return out;
}

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
  const plain = decodeEscapes(name)
    .normalize('NFD')
    .replace(INVISIBLE, '')
    .replace(COMBINING, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(DASHES, ' ')
    // Anything that is not a Latin letter or a digit separates words ("TP.HCM", "Hà Nội,");
    // UNKNOWN_CHAR (a character lost to damage, from markDamage) is kept as it is.
    .replace(/[^a-z0-9\uE000]+/g, ' ')
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
