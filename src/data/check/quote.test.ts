import { describe, expect, it } from 'vitest';
import { numbersInText } from '../../lib/numbers/parse.ts';
import { quoteProblem } from './quote.ts';

describe('quoteProblem', () => {
  it.each([
    [86000, '86000', 'đã có hơn 86.000 văn bản', false],
    [86000, '86000', 'đã có 86000 văn bản', false],
    [62.5, '62.5', '100/160 điểm, 62,5%', true],
    [0.727, '0.727', '01 (0,727)', false],
    [0.8002, '0.8002', 'đạt 0.8002', false],
    [1, '1', '01 (0,727)', false],
    [55, '55', 'tỷ lệ 0,55', true],
    [0, '0', 'Chưa phát sinh hồ sơ', false],
    [0, '0', 'không có', false],
    [1234567.5, '1234567.5', 'tổng 1.234.567,5 đồng', false],
    [-4, '-4', 'giảm -4 điểm', false],
    [208, '208', '208/238', false],
  ] as [number, string, string, boolean][])('%s is in %j', (value, text, quote, percent) => {
    expect(quoteProblem(value, text, quote, percent)).toBeNull();
  });

  it.each([
    [55, '55', 'tỷ lệ 0,55', false, 'value 55 not found in quote; numbers there: 0.55'],
    [1.706, '1.706', 'đạt 1.706 điểm', false,
      'value 1.706 not found in quote; the quote\'s "1.706" is 1706 in Vietnamese writing (data/ writes no thousands separator)'],
    [4, '4', 'bốn hồ sơ', false, 'value 4 not found in quote; the quote has no number'],
    [0, '0', 'đã có hồ sơ', false,
      'value 0 not found in quote; expected 0 or a phrase of absence (chưa có, không có, chưa phát sinh, không phát sinh)'],
    [5, '5', 'năm 2015', false, 'value 5 not found in quote; numbers there: 2015'],
    [5, '5', 'số 5,5', false, 'value 5 not found in quote; numbers there: 5.5'],
    [5, '5', 'giảm -5', false, 'value 5 not found in quote; numbers there: -5'],
    [62.5, '62.5', '62.50%', true, null],
    [70, '70', '70.000 hồ sơ', false, 'value 70 not found in quote; numbers there: 70000'],
    [12, '12', 'a1,2,3b', false, 'value 12 not found in quote; numbers there: 1, 2, 3'],
  ] as [number, string, string, boolean, string | null][])('%s in %j → %j', (value, text, quote, percent, message) => {
    expect(quoteProblem(value, text, quote, percent)).toBe(message);
  });

  // The fast path must never accept what the full reading rejects: compare both on many spellings.
  it('agrees with numbersInText on generated quotes', () => {
    const values = ['0', '5', '12', '70', '706', '1706', '86000', '1.706', '0.727', '62.5', '12.345', '1234.5', '0.8002'];
    const quotes = [
      '1.706', '1706', '1,706', '0,727', '0.727', '62,5', '62.5%', '86.000', '86000', '12.345', '12,345',
      '1.234,5', '1234,5', '1234.5', 'x-5 và 70.000', '706/1706', '0.8002', '5,5', '2012', 'v12,34',
    ];
    for (const v of values) {
      for (const q of quotes) {
        const value = Number(v);
        const inText = numbersInText(q).some((n) => Math.abs(n - value) <= 1e-9 * Math.max(1, value));
        const accepted = quoteProblem(value, v, q, false) === null;
        expect(`${v} in ${q}: ${String(accepted)}`).toBe(`${v} in ${q}: ${String(inText)}`);
      }
    }
  });
});

describe('ordinals in words, for ranks only', () => {
  it('reads "thứ nhất", "đầu tiên" and "thứ ba" as ranks 1, 1 and 3', () => {
    const quote = 'Đà Nẵng xếp hạng thứ nhất, Thừa Thiên Huế thứ hai và Bắc Ninh thứ ba.';
    expect(quoteProblem(1, '1', quote, false, true)).toBeNull();
    expect(quoteProblem(3, '3', quote, false, true)).toBeNull();
    expect(quoteProblem(1, '1', 'UBND TP Quy Nhơn giữ vị trí đầu tiên', false, true)).toBeNull();
  });

  it('does not accept an ordinal the quote does not have, nor ordinals for other units', () => {
    const quote = 'Đà Nẵng xếp hạng thứ nhất, Thừa Thiên Huế thứ hai.';
    expect(quoteProblem(3, '3', quote, false, true)).toBe('value 3 not found in quote; the quote has no number');
    expect(quoteProblem(2, '2', 'họp vào thứ hai', false, false)).toBe('value 2 not found in quote; the quote has no number');
    expect(quoteProblem(3, '3', 'thứ bao nhiêu', false, true)).toBe('value 3 not found in quote; the quote has no number');
  });
});
