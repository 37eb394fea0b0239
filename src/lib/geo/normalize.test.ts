import { describe, expect, it } from 'vitest';
import { nameKey, normalizeName } from './normalize.ts';

describe('normalizeName', () => {
  it.each([
    ['Hà Nội', 'ha noi'],
    ['  HÀ   NỘI ', 'ha noi'],
    ['Hà\u00A0Nội', 'ha noi'],
    ['Hà\u200BNội', 'hanoi'],
    ['\uFEFFHà Nội', 'ha noi'],
    ['Đắk Lắk', 'dak lak'],
    ['đắk lắk', 'dak lak'],
    ['Thanh Hoá', 'thanh hoa'],
    ['Thanh Hóa', 'thanh hoa'],
    ['Hoà Bình', 'hoa binh'],
    ['Thừa Thiên - Huế', 'thua thien hue'],
    ['Thừa Thiên–Huế', 'thua thien hue'],
    ['Bà Rịa—Vũng Tàu', 'ba ria vung tau'],
    ['Bà Rịa \u2212 Vũng Tàu', 'ba ria vung tau'],
    ['TP.HCM', 'hcm'],
    ['TP. Hồ Chí Minh', 'ho chi minh'],
    ['Tp Hồ Chí Minh', 'ho chi minh'],
    ['Thành phố Hồ Chí Minh', 'ho chi minh'],
    ['UBND Thành phố Hà Nội', 'ha noi'],
    ['UBND tỉnh Bắc Ninh', 'bac ninh'],
    ['Ủy ban nhân dân tỉnh Bắc Ninh', 'bac ninh'],
    ['Uỷ ban nhân dân thành phố Cần Thơ', 'can tho'],
    ['Tỉnh Hà Tĩnh', 'ha tinh'],
    ['Ho Chi Minh City', 'ho chi minh'],
    ['Quang Nam Province', 'quang nam'],
    ['Hà Nội,', 'ha noi'],
    ['(Hà Nội)', 'ha noi'],
    ['P01 Hà Nội', 'p01 ha noi'],
    ['P01', 'p01'],
    ['Tỉnh', ''],
    ['UBND tỉnh', ''],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('does not depend on the Unicode form', () => {
    for (const s of ['Hà Nội', 'Quảng Ngãi', 'Đắk Nông', 'Thừa Thiên Huế', 'Bạc Liêu']) {
      expect(normalizeName(s.normalize('NFD'))).toBe(normalizeName(s.normalize('NFC')));
      expect(normalizeName(s.normalize('NFKD'))).toBe(normalizeName(s));
    }
  });

  it('keeps near names apart', () => {
    const names = ['Hà Nam', 'Hà Nội', 'Quảng Nam', 'Quảng Ninh', 'Quảng Ngãi', 'Nam Hà', 'Tây Ninh', 'Tây Bắc', 'Hà Tĩnh', 'Hà Tây'];
    expect(new Set(names.map(normalizeName)).size).toBe(names.length);
  });

  it('does not strip a prefix word inside a name', () => {
    expect(normalizeName('Thanh Hóa')).toBe('thanh hoa');
    expect(normalizeName('Tây Ninh')).toBe('tay ninh');
    expect(normalizeName('Tỉnh Tây Ninh')).toBe('tay ninh');
  });

  it('is idempotent', () => {
    for (const s of ['UBND Thành phố Hà Nội', 'Bà Rịa–Vũng Tàu', 'TP.HCM', 'Tỉnh Tỉnh']) {
      const once = normalizeName(s);
      expect(normalizeName(once)).toBe(once);
    }
  });
});

describe('nameKey', () => {
  it('joins words so one-word spellings meet spaced ones', () => {
    expect(nameKey('Hanoi')).toBe(nameKey('Hà Nội'));
    expect(nameKey('Daklak')).toBe(nameKey('Đắk Lắk'));
    expect(nameKey('Bà Rịa - Vũng Tàu')).toBe('bariavungtau');
    expect(nameKey('Hà Nam')).not.toBe(nameKey('Hà Nội'));
  });
});
