/**
 * Bytes of a published table → Unicode text. Detects UTF-8 (with or without BOM), UTF-16 LE/BE
 * (with or without BOM), Windows-1258, and the legacy TCVN3 and VNI encodings (which it converts,
 * saying so). Text is returned in NFC so that names compare as the resolver expects.
 */
import iconv from 'iconv-lite';
import { firstInvalidUtf8 } from '../csv/read.ts';
import { detectLegacy, fromLegacy } from './legacy.ts';
import { failAt } from './problems.ts';

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3', 'vni'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** what was detected or converted, for the report */
  notes: string[];
}

const LEGACY_NAME = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' } as const;

/**
 * Decodes a file's bytes.
 * @param file the name used in problems
 * @param forced an encoding given by the user (`--encoding`); detection otherwise
 * @throws ImportFailure when the bytes cannot be read in the forced encoding or are truncated
 */
export function decodeBytes(bytes: Uint8Array, file: string, forced?: Encoding): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const notes: string[] = [];
  const bom16 = buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff));
  const encoding = forced ?? (bom16 ? (buf[0] === 0xff ? 'utf-16le' : 'utf-16be') : sniff16(buf) ?? null);

  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    if (buf.length % 2 !== 0) {
      throw failAt(file, 1, 1, `file ends in the middle of a UTF-16 character (${buf.length} bytes, an odd number); the file looks truncated`);
    }
    const body = bom16 ? buf.subarray(2) : buf;
    const text = encoding === 'utf-16le' ? body.toString('utf16le') : swap16(body).toString('utf16le');
    notes.push(`encoding: ${encoding.toUpperCase()}${bom16 ? ' with BOM' : ''}`);
    return legacyCheck(text.normalize('NFC'), encoding, notes, forced !== undefined);
  }

  if (encoding === null || encoding === 'utf-8') {
    const bad = firstInvalidUtf8(buf);
    if (bad === buf.length) {
      const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
      notes.push(bom ? 'encoding: UTF-8 with BOM' : 'encoding: UTF-8');
      const text = buf.toString('utf8', bom ? 3 : 0).normalize('NFC');
      return legacyCheck(text, 'utf-8', notes, forced !== undefined);
    }
    if (bad >= buf.length - 3 && isUtf8Prefix(buf.subarray(bad))) {
      const { line, character } = position(buf, bad);
      throw failAt(file, line, 1, `file ends in the middle of a UTF-8 character (line ${line}, character ${character}); the file looks truncated`);
    }
    if (encoding === 'utf-8') {
      const { line, character } = position(buf, bad);
      const hex = buf[bad]!.toString(16).toUpperCase().padStart(2, '0');
      throw failAt(file, line, 1, `not UTF-8 (byte 0x${hex} at line ${line}, character ${character}) although --encoding utf-8 was given; leave out --encoding to detect the encoding`);
    }
  }

  // A single-byte encoding: first look for the legacy font encodings, else Windows-1258.
  const latin1 = buf.toString('latin1');
  if (encoding === 'tcvn3' || encoding === 'vni') {
    notes.push(`encoding: ${LEGACY_NAME[encoding]} (as given), converted to Unicode`);
    return { text: fromLegacy(latin1, encoding).normalize('NFC'), encoding, notes };
  }
  const cp1258 = iconv.decode(buf, 'windows1258').normalize('NFC');
  if (encoding === null) {
    const legacy = detectLegacy(latin1, cp1258);
    if (legacy !== null) {
      notes.push(`encoding: ${LEGACY_NAME[legacy]} detected, converted to Unicode`);
      return { text: fromLegacy(latin1, legacy).normalize('NFC'), encoding: legacy, notes };
    }
  }
  notes.push(`encoding: Windows-1258${encoding === null ? ' (not UTF-8 or UTF-16)' : ''}`);
  return { text: cp1258, encoding: 'windows-1258', notes };
}

/**
 * Converts legacy-encoded letters that survived a conversion to Unicode (an XLSX or UTF-8 file
 * whose text was typed in a ".VnTime" or "VNI-Times" font).
 * @returns the text (converted when a legacy encoding is detected) and a note
 */
export function repairLegacyText(text: string): { text: string; legacy: 'tcvn3' | 'vni' | null } {
  const legacy = detectLegacy(text);
  return legacy === null ? { text, legacy } : { text: fromLegacy(text, legacy).normalize('NFC'), legacy };
}

function legacyCheck(text: string, encoding: Encoding, notes: string[], forced: boolean): Decoded {
  const legacy = detectLegacy(text);
  if (legacy === null) return { text, encoding, notes };
  if (forced) {
    notes.push(`warning: the text looks like ${LEGACY_NAME[legacy]} letters stored as Unicode; not converted because --encoding was given`);
    return { text, encoding, notes };
  }
  notes.push(`text in ${LEGACY_NAME[legacy]} letters stored as Unicode detected, converted`);
  return { text: fromLegacy(text, legacy).normalize('NFC'), encoding, notes };
}

/** UTF-16 without BOM: ASCII-heavy text has a NUL in every other byte. */
function sniff16(buf: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > 0.3 * half && evenZero < 0.05 * half) return 'utf-16le';
  if (evenZero > 0.3 * half && oddZero < 0.05 * half) return 'utf-16be';
  return undefined;
}

function swap16(buf: Buffer): Buffer {
  const out = Buffer.from(buf);
  out.swap16();
  return out;
}

/** True when the bytes are the start of one UTF-8 sequence that was cut off. */
function isUtf8Prefix(tail: Uint8Array): boolean {
  const c = tail[0]!;
  const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
  if (need === 0 || tail.length > need) return false;
  for (let k = 1; k < tail.length; k++) if ((tail[k]! & 0xc0) !== 0x80) return false;
  return true;
}

function position(buf: Buffer, offset: number): { line: number; character: number } {
  let line = 1;
  let start = 0;
  for (let k = 0; k < offset; k++) {
    if (buf[k] === 0x0a) {
      line++;
      start = k + 1;
    }
  }
  return { line, character: buf.toString('utf8', start, offset).length + 1 };
}
