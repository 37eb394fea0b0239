/**
 * The legacy 8-bit Vietnamese encodings that old spreadsheets still carry: TCVN3 (ABC, TCVN
 * 5712:1993 VN3, fonts ".VnTime") and VNI (VNI-Windows, fonts "VNI-Times"). Both were font
 * tricks: the bytes are Latin-1 characters drawn as Vietnamese letters by a special font, so the
 * same text reaches us either as raw bytes or, after a UTF-8 conversion, as Latin-1 letters
 * ("Hµ Néi" for Hà Nội in TCVN3, "Haø Noäi" in VNI).
 *
 * Functions here work on strings whose characters U+0000–U+00FF stand for the bytes.
 */
import { implausibility } from './syllable.ts';

export type LegacyEncoding = 'tcvn3' | 'vni';

// TCVN3: one byte per letter. Lower-case letters and the six plain capitals; toned capitals
// lived in separate upper-case fonts (".VnTimeH") under the lower-case codes.
// Why not iconv-lite's 'tcvn': it agrees on all 74 letters here, but it is the whole TCVN 5712
// table (VN1 too) and also turns 65 other bytes into toned capitals or combining marks: C1
// controls, 12 control characters from 01 to 17, and Latin-1 letters such as À Á Â Ã Ä Å Í Ù Ú Û à ð ÿ ° ±,
// which a VN3 text keeps as they are (legacy.test.ts shows both).
const TCVN3_PAIRS =
  'µà¶ả·ã¸á¹ạ¨ă»ằ¼ẳ½ẵ¾ắÆặ©âÇầÈẩÉẫÊấËậ®đ§ĐÌèÎẻÏẽÐéÑẹªêÒềÓểÔễÕếÖệ×ìØỉÜĩÝíÞịßòáỏâõãóäọ' +
  '«ôåồæổçỗèốéộ¬ơêờëởìỡíớîợïùñủòũóúôụ\u00adưõừöử÷ữøứùựúỳûỷüỹýýþỵ¡Ă¢Â£Ê¤Ô¥Ơ¦Ư';
const TCVN3 = new Map<string, string>();
for (let i = 0; i < TCVN3_PAIRS.length; i += 2) TCVN3.set(TCVN3_PAIRS[i]!, TCVN3_PAIRS[i + 1]!);
/** TCVN3's letters: the character standing for a byte → the Vietnamese letter. */
export const TCVN3_LETTERS: ReadonlyMap<string, string> = TCVN3;

// VNI: a base letter followed by a mark character.
const GRAVE = '\u0300';
const ACUTE = '\u0301';
const TILDE = '\u0303';
const HOOK = '\u0309';
const DOT = '\u0323';
const CIRC = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031b';
/** mark character → [modifier, tone, which bases take it] */
const VNI_MARKS = new Map<string, [string, string, string]>();
const addMark = (lower: string, modifier: string, tone: string, bases: string): void => {
  VNI_MARKS.set(lower, [modifier, tone, bases]);
  VNI_MARKS.set(lower.toUpperCase(), [modifier, tone, bases]);
};
const ALL_VOWELS = 'aeiouyôöAEIOUYÔÖ';
addMark('ù', '', ACUTE, ALL_VOWELS);
addMark('ø', '', GRAVE, ALL_VOWELS);
addMark('û', '', HOOK, ALL_VOWELS);
addMark('õ', '', TILDE, ALL_VOWELS);
addMark('î', '', DOT, 'yY');
addMark('ï', '', DOT, 'aeiouôöAEIOUÔÖ');
addMark('â', CIRC, '', 'aeoAEO');
addMark('á', CIRC, ACUTE, 'aeoAEO');
addMark('à', CIRC, GRAVE, 'aeoAEO');
addMark('å', CIRC, HOOK, 'aeoAEO');
addMark('ã', CIRC, TILDE, 'aeoAEO');
addMark('ä', CIRC, DOT, 'aeoAEO');
addMark('ê', BREVE, '', 'aA');
addMark('é', BREVE, ACUTE, 'aA');
addMark('è', BREVE, GRAVE, 'aA');
addMark('ú', BREVE, HOOK, 'aA');
addMark('ü', BREVE, TILDE, 'aA');
addMark('ë', BREVE, DOT, 'aA');
/** VNI letters written with one character */
const VNI_SINGLE = new Map<string, string>([
  ['ô', 'ơ'], ['Ô', 'Ơ'], ['ö', 'ư'], ['Ö', 'Ư'], ['ñ', 'đ'], ['Ñ', 'Đ'],
  ['í', 'í'], ['ì', 'ì'], ['æ', 'ỉ'], ['ó', 'ĩ'], ['ò', 'ị'],
  ['Í', 'Í'], ['Ì', 'Ì'], ['Æ', 'Ỉ'], ['Ó', 'Ĩ'], ['Ò', 'Ị'],
]);

/**
 * Converts TCVN3 text (Latin-1 characters standing for the bytes) to Unicode NFC.
 * @returns the converted text; characters outside the table are kept
 */
export function fromTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3.get(ch) ?? ch;
  return out;
}

/**
 * Converts VNI text (Latin-1 characters standing for the bytes) to Unicode NFC.
 * @returns the converted text; characters that form no VNI letter are kept
 */
export function fromVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const next = text[i + 1];
    const base = VNI_SINGLE.get(ch) ?? ch;
    const mark = next === undefined ? undefined : VNI_MARKS.get(next);
    if (mark !== undefined && ALL_VOWELS.includes(ch) && mark[2].includes(ch)) {
      // ô/ö are ơ/ư: the horn comes from the base, the tone from the mark.
      const plain = ch === 'ô' || ch === 'Ô' ? (ch === 'ô' ? 'o' : 'O') + HORN : ch === 'ö' || ch === 'Ö' ? (ch === 'ö' ? 'u' : 'U') + HORN : ch;
      out += (plain + mark[0] + mark[1]).normalize('NFC');
      i++;
      continue;
    }
    out += base;
  }
  return out.normalize('NFC');
}

/**
 * Tells whether a text that reads as Latin-1 is really TCVN3 or VNI, by comparing how
 * plausible each reading is as Vietnamese. Text with any character above U+00FF is Unicode
 * already (legacy text never has one), and so is text whose own reading is the most plausible.
 * @param asIsReading the competing reading of the same bytes (e.g. as Windows-1258); default the text
 * @returns the legacy encoding, or null when the text is best read as it is
 */
export function detectLegacy(text: string, asIsReading?: string): LegacyEncoding | null {
  let high = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Letters only Unicode has (ă, đ, ơ, ư, ạ…, combining marks): the text is Unicode already.
    if ((c >= 0x100 && c <= 0x1ff) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1ea0 && c <= 0x1eff)) return null;
    if (c >= 0x80 && c <= 0xff) high++;
  }
  if (high === 0) return null;
  // A sample is enough and keeps large files fast.
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const asIs = implausibility(asIsReading === undefined ? sample : asIsReading.slice(0, 200_000));
  if (asIs === 0) return null;
  const tcvn = implausibility(fromTcvn3(sample));
  const vni = implausibility(fromVni(sample));
  const best = Math.min(tcvn, vni);
  if (best >= asIs) return null;
  return vni < tcvn ? 'vni' : 'tcvn3';
}

/**
 * Converts text in a legacy encoding.
 * @returns Unicode NFC text
 */
export function fromLegacy(text: string, encoding: LegacyEncoding): string {
  return encoding === 'tcvn3' ? fromTcvn3(text) : fromVni(text);
}

/**
 * Writes Unicode Vietnamese in a legacy encoding (for generated test inputs).
 * @returns Latin-1 characters standing for the legacy bytes
 */
export function toLegacy(text: string, encoding: LegacyEncoding): string {
  if (encoding === 'tcvn3') {
    const back = new Map<string, string>();
    for (const [k, v] of TCVN3) back.set(v, k);
    let out = '';
    for (const ch of text.normalize('NFC')) out += back.get(ch) ?? ch;
    return out;
  }
  const singles = new Map<string, string>();
  for (const [k, v] of VNI_SINGLE) singles.set(v, k);
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (singles.has(ch)) {
      out += singles.get(ch)!;
      continue;
    }
    const d = ch.normalize('NFD');
    if (d.length === 1) {
      out += ch;
      continue;
    }
    let base = d[0]!;
    let modifier = '';
    let tone = '';
    for (const m of d.slice(1)) {
      if (m === CIRC || m === BREVE) modifier = m;
      else if (m === HORN) base = base === 'o' ? 'ô' : base === 'O' ? 'Ô' : base === 'u' ? 'ö' : 'Ö';
      else tone = m;
    }
    const single = singles.get((base + tone).normalize('NFC'));
    if (single !== undefined && modifier === '') {
      out += single;
      continue;
    }
    let mark = '';
    for (const [k, [mod, t, bases]] of VNI_MARKS) {
      if (mod === modifier && t === tone && bases.includes(base) && (k === k.toLowerCase()) === (base === base.toLowerCase())) {
        mark = k;
        break;
      }
    }
    out += base + mark;
  }
  return out;
}
