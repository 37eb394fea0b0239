/**
 * Is a word a plausible Vietnamese syllable? Used only to choose between legacy encodings:
 * the same bytes read as Windows-1258, TCVN3 or VNI give different letters, and only the right
 * reading yields well-formed syllables (one tone mark, an onset, a vowel nucleus, a coda).
 */

// Tone marks after NFD: grave, acute, tilde, hook above, dot below.
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'qu', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', 'f', 'j', 'w', 'z', ''];
// 'k' ends the Central Highlands names (Đắk Lắk, Đắk Nông).
const CODAS = ['ng', 'nh', 'ch', 'c', 'k', 'm', 'n', 'p', 't', ''];
const NUCLEI = new Set([
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'âu', 'ay', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi',
  'oo', 'ôô', 'ua', 'uâ', 'uê', 'ui', 'ưi', 'uo', 'uô', 'uơ', 'ươ', 'ưu', 'uy', 'ưa', 'yê', 'iêu',
  'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyê', 'uyu', 'yêu', 'oă',
]);
const LETTERS = /^[a-zđăâêôơư]+$/;

/**
 * Checks one word (letters only) for Vietnamese well-formedness.
 * @returns true for "Nội", "Nguyễn", "Thắng", false for "Haứ", "Noọi", "Hµ"
 */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONES);
  if (tones !== null && tones.length > 1) return false;
  const base = nfd.replace(TONES, '').normalize('NFC');
  if (!LETTERS.test(base)) return false;
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    const rest = base.slice(onset.length);
    for (const coda of CODAS) {
      if (!rest.endsWith(coda)) continue;
      const nucleus = rest.slice(0, rest.length - coda.length);
      if (NUCLEI.has(nucleus)) return true;
      // "gi" + coda: the i is the vowel ("gìn").
      if (onset === 'gi' && nucleus === '' && coda !== '') return true;
    }
  }
  return false;
}

/**
 * How implausible a text is as Vietnamese: words with non-ASCII letters that are not
 * well-formed syllables, plus characters that belong to no Vietnamese word at all.
 * @returns 0 for clean Vietnamese (or plain ASCII)
 */
export function implausibility(text: string): number {
  let bad = 0;
  for (const m of text.normalize('NFC').matchAll(/[\p{L}\p{M}]+/gu)) {
    const w = m[0];
    // Plain ASCII words are English, codes or names without accents: no evidence either way.
    if (/^[\x00-\x7f]*$/.test(w)) continue;
    if (!isVietnameseSyllable(w)) bad += 1;
  }
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    // Latin-1 symbols and control characters never occur in Vietnamese text.
    if ((c >= 0x80 && c <= 0x9f) || (c >= 0xa1 && c <= 0xbf) || c === 0xd7 || c === 0xf7) bad += 1;
  }
  return bad;
}
