import { describe, expect, it } from 'vitest';
import { detectLegacy, fromTcvn3, fromVni, toLegacy } from './legacy.ts';

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
