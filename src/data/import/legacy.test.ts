import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { detectLegacy, fromTcvn3, fromVni, TCVN3_LETTERS, toLegacy } from './legacy.ts';

const NAMES = ['Hà Nội', 'Thừa Thiên Huế', 'Đắk Lắk', 'Quảng Ngãi', 'Khánh Hòa', 'Thành phố Hồ Chí Minh', 'Mường Khương', 'Nguyễn Văn Đạt', 'Kỳ Anh', 'Vĩnh Phúc', 'Cả nước'];

describe('TCVN3 and VNI', () => {
  it('decodes the spellings old spreadsheets show', () => {
    expect(fromTcvn3('Hµ Néi')).toBe('Hà Nội');
    expect(fromTcvn3('B¶o Th¾ng')).toBe('Bảo Thắng');
    expect(fromVni('Haø Noäi')).toBe('Hà Nội');
    expect(fromVni('Xin chaøo caùc baïn')).toBe('Xin chào các bạn');
  });

  it('round-trips every test name and detects the encoding of a whole text', () => {
    for (const enc of ['tcvn3', 'vni'] as const) {
      for (const n of NAMES) expect(enc === 'tcvn3' ? fromTcvn3(toLegacy(n, enc)) : fromVni(toLegacy(n, enc))).toBe(n);
      expect(detectLegacy(NAMES.map((n) => toLegacy(n, enc)).join('\n'))).toBe(enc);
    }
  });

  it('leaves Unicode and plain text alone', () => {
    expect(detectLegacy(NAMES.join('\n'))).toBeNull();
    expect(detectLegacy('Province,SC81\nP01,0.5')).toBeNull();
    expect(detectLegacy('Café Hoàng Sa')).toBeNull();
  });
});

describe("TCVN3 against iconv-lite's 'tcvn' table", () => {
  const iconvOf = (ch: string): string => iconv.decode(Buffer.from([ch.charCodeAt(0)]), 'tcvn').normalize('NFC');
  it('agrees on every TCVN3 letter', () => {
    expect(TCVN3_LETTERS.size).toBe(74);
    for (const [byte, letter] of TCVN3_LETTERS) expect(iconvOf(byte), `byte ${byte.charCodeAt(0).toString(16)}`).toBe(letter);
  });
  it('differs on the bytes VN3 leaves alone, so the hand-written table stays', () => {
    const more: string[] = [];
    for (let b = 0; b < 256; b++) {
      const ch = String.fromCharCode(b);
      if (!TCVN3_LETTERS.has(ch) && iconvOf(ch) !== ch) more.push(ch);
    }
    expect(more.length).toBe(65);
    // a Latin-1 "À" or a degree sign in a VN3 text would become a toned capital or a combining mark
    expect(fromTcvn3('À °')).toBe('À °');
    expect(iconv.decode(Buffer.from('À °', 'latin1'), 'tcvn')).not.toBe('À °');
  });
});
