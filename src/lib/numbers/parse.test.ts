import { describe, expect, it } from 'vitest';
import { numbersInText, parseNumber } from './parse.ts';
import type { NumberLocale } from './parse.ts';

type Case = [text: string, locale: NumberLocale | undefined, value: number, percent: boolean];

const OK: Case[] = [
  ['0', undefined, 0, false],
  ['42', undefined, 42, false],
  ['007', undefined, 7, false],
  ['1706', undefined, 1706, false],
  ['1.706', 'vi', 1706, false],
  ['1.706', 'en', 1.706, false],
  ['1,706', 'en', 1706, false],
  ['1,706', 'vi', 1.706, false],
  ['62,5%', undefined, 62.5, true],
  ['62,5 %', 'vi', 62.5, true],
  ['62.5%', 'en', 62.5, true],
  ['1,2%', undefined, 1.2, true],
  ['100%', undefined, 100, true],
  ['0,727', undefined, 0.727, false],
  ['0.727', undefined, 0.727, false],
  ['0,727', 'en', 0.727, false],
  ['86.000', 'vi', 86000, false],
  ['86.000.000', undefined, 86000000, false],
  ['86.000.000', 'vi', 86000000, false],
  ['1,234,567', undefined, 1234567, false],
  ['1,234,567', 'en', 1234567, false],
  ['0.8002', undefined, 0.8002, false],
  ['0.8002', 'vi', 0.8002, false],
  ['3.5', 'vi', 3.5, false],
  ['12,25', 'en', 12.25, false],
  ['1.234,5', undefined, 1234.5, false],
  ['1.234,5', 'vi', 1234.5, false],
  ['1,234.5', undefined, 1234.5, false],
  ['1,234.5', 'en', 1234.5, false],
  ['12.345.678,9', 'vi', 12345678.9, false],
  ['1234.567', undefined, 1234.567, false],
  ['-5', undefined, -5, false],
  ['−5', undefined, -5, false],
  ['+5', undefined, 5, false],
  ['-1.706', 'vi', -1706, false],
  ['-0,5%', undefined, -0.5, true],
  ['  62,5  ', undefined, 62.5, false],
  ['\u00A062,5\u00A0', undefined, 62.5, false],
  ['1 706', undefined, 1706, false],
  ['1\u00A0706\u00A0000', undefined, 1706000, false],
  ['1\u2009706', undefined, 1706, false],
  ['1\u202F706,5', undefined, 1706.5, false],
  ['1 706.5', 'en', 1706.5, false],
  ['12,34567', undefined, 12.34567, false],
];

describe('parseNumber: values', () => {
  it.each(OK)('%j (%s) → %d', (text, locale, value, percent) => {
    expect(parseNumber(text, locale)).toEqual({ ok: true, value, percent });
  });
});

describe('parseNumber: failures', () => {
  it.each([
    ['1.706', 'ambiguous number "1.706": 1706 in Vietnamese writing, 1.706 in English; give a locale'],
    ['1,706', 'ambiguous number "1,706": 1.706 in Vietnamese writing, 1706 in English; give a locale'],
    ['-86.000', 'ambiguous number "-86.000": -86000 in Vietnamese writing, -86 in English; give a locale'],
  ])('%j is ambiguous without a locale', (text, message) => {
    expect(parseNumber(text)).toEqual({ ok: false, reason: 'ambiguous', message });
  });

  it.each([
    ['abc', undefined],
    ['12a', undefined],
    ['1..5', undefined],
    ['1.', undefined],
    ['.5', undefined],
    [',5', 'vi'],
    ['1.2.3', undefined],
    ['1.23.456', undefined],
    ['1,234,567', 'vi'],
    ['86.000.000', 'en'],
    ['1,234.5', 'vi'],
    ['1.234,5', 'en'],
    ['1.234.5,6,7', undefined],
    ['5%%', undefined],
    ['%', undefined],
    ['--5', undefined],
    ['1 23', undefined],
    ['12 345 67', undefined],
    ['1e5', undefined],
    ['0x10', undefined],
    ['Infinity', undefined],
    ['NaN', undefined],
    ['1 706,5,3', undefined],
  ] as [string, NumberLocale | undefined][])('%j (%s) is not a number', (text, locale) => {
    const r = parseNumber(text, locale);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('not_a_number');
      expect(r.message).toBe(`not a number: "${text.trim()}"`);
    }
  });

  it.each(['', '   ', '\u00A0', '\t'])('%j is empty', (text) => {
    expect(parseNumber(text)).toEqual({ ok: false, reason: 'empty', message: 'empty' });
  });
});

describe('numbersInText', () => {
  it.each([
    ['01 (0,727)', [1, 0.727]],
    ['208/238', [208, 238]],
    ['100/160 điểm, 62,5%', [100, 160, 62.5]],
    ['đạt 0.8002 điểm', [0.8002]],
    ['Tỷ lệ 1,2% và 86.000.000 đồng.', [1.2, 86000000]],
    ['giai đoạn 2019-2020', [2019, 2020]],
    ['nhiệt độ -5 độ', [-5]],
    ['ngày 30/7/2019', [30, 7, 2019]],
    ['các mục 1,2,3', [1, 2, 3]],
    ['không có số nào', []],
    ['hơn 9.000 hồ sơ.', [9000]],
    ['1\u00A0706 hồ sơ', [1706]],
    ['Quyết định số 749/QĐ-TTg', [749]],
    ['Nghị định 42/2022/NĐ-CP', [42, 2022]],
    ['xếp hạng 5/63; điểm 0,6543', [5, 63, 0.6543]],
  ] as [string, number[]][])('%j → %j', (text, numbers) => {
    expect(numbersInText(text)).toEqual(numbers);
  });

  it('finds 86000 in a sentence with dates', () => {
    const found = numbersInText('Từ ngày 12/3 đến 20/8, đã có hơn 86.000 văn bản');
    expect(found).toEqual([12, 3, 20, 8, 86000]);
  });

  it('reads English writing when asked', () => {
    expect(numbersInText('1,706 records, 62.5%', 'en')).toEqual([1706, 62.5]);
    expect(numbersInText('1,706 hồ sơ')).toEqual([1.706]);
  });

  it('is not confused by repeated calls (global regexp state)', () => {
    expect(numbersInText('5 và 6')).toEqual([5, 6]);
    expect(numbersInText('7')).toEqual([7]);
  });
});

describe('numbersInText: signs', () => {
  it.each([
    ['-4 hồ sơ', [-4]],
    ['-5%', [-5]],
    ['giảm −2,5 điểm', [-2.5]],
    ['mã QĐ-12', [12]],
    ['Q3', [3]],
  ] as [string, number[]][])('%j → %j', (text, numbers) => {
    expect(numbersInText(text)).toEqual(numbers);
  });
});
