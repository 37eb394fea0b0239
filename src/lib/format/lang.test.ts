import { describe, expect, it } from 'vitest';
import { textLang } from './lang.ts';

describe('textLang', () => {
  it('reads a Vietnamese letter as Vietnamese, anything else as English', () => {
    expect(textLang('Chỉ số phục vụ người dân')).toBe('vi');
    expect(textLang('ĐÀ NẴNG')).toBe('vi');
    expect(textLang('PAPI 2024 Report')).toBe('en');
    expect(textLang('')).toBe('en');
  });
});
