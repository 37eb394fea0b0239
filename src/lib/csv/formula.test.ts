import { describe, expect, it } from 'vitest';
import { neutralizeText, restoreText, spreadsheetSafe } from './formula.ts';

describe('neutralizeText', () => {
  it('puts an apostrophe before every text that a spreadsheet would run as a formula', () => {
    for (const text of ['=HYPERLINK("http://x","100%")', '+1', '-3', '@SUM(A1)', '\tx', '\rx', "'=x"]) {
      expect(neutralizeText(text), JSON.stringify(text)).toBe(`'${text}`);
    }
    for (const text of ['Hà Nội', '62,5%', '', "'quoted'", 'a=b', ' =x']) expect(neutralizeText(text)).toBe(text);
  });
  it('is reversed by restoreText for every text', () => {
    for (const text of ['=x', "'=x", "''-3", "'plain", 'plain', '', '-', "'"]) expect(restoreText(neutralizeText(text))).toBe(text);
  });
  it('leaves numbers as numbers', () => {
    expect(spreadsheetSafe(-3)).toBe('-3');
    expect(spreadsheetSafe('-3')).toBe("'-3");
    expect(spreadsheetSafe(null)).toBe('');
    expect(spreadsheetSafe(true)).toBe('true');
  });
});
