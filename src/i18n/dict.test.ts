import { describe, expect, it } from 'vitest';
import { keys, raw, t, translator } from './dict.ts';

describe('dictionary', () => {
  it('has the same keys in both languages, none empty but the status placeholder', () => {
    expect(keys('en').sort()).toEqual(keys('vi').sort());
    for (const lang of ['vi', 'en'] as const) {
      for (const key of keys(lang)) if (key !== 'events.status.') expect(raw(lang, key), `${lang} ${key}`).not.toBe('');
    }
  });
  it('uses the same placeholders in both languages', () => {
    const names = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of keys('vi')) expect(names(raw('en', key)), key).toEqual(names(raw('vi', key)));
  });
  it('fills placeholders and refuses missing ones', () => {
    expect(t('vi', 'map.summary', { n: 12, total: 63 })).toBe('12 trong 63 tỉnh, thành phố có số liệu.');
    expect(translator('en')('map.summary', { n: 3, total: 34 })).toBe('3 of 34 provinces have data.');
    expect(() => t('vi', 'map.summary', { n: 1 })).toThrow(/missing value for \{total\}/);
  });
  it('writes Vietnamese as Vietnamese', () => {
    expect(t('vi', 'data.none')).toBe('Không có số liệu');
    expect(t('en', 'data.none')).toBe('No data');
  });
});
