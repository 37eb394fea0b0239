import { describe, expect, it } from 'vitest';
import { localName, textLang } from './lang.ts';

describe('textLang', () => {
  it('reads a Vietnamese letter as Vietnamese, anything else as English', () => {
    expect(textLang('Chỉ số phục vụ người dân')).toBe('vi');
    expect(textLang('ĐÀ NẴNG')).toBe('vi');
    expect(textLang('PAPI 2024 Report')).toBe('en');
    expect(textLang('')).toBe('en');
  });
});

describe('localName', () => {
  it('takes the name in the page’s language', () => {
    const hue = { name_vi: 'Thừa Thiên Huế', name_en: 'Thua Thien Hue' };
    expect(localName(hue, 'vi')).toBe('Thừa Thiên Huế');
    expect(localName(hue, 'en')).toBe('Thua Thien Hue');
  });
});
