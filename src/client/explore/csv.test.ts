import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
  it('quotes only fields that need it, leaves nulls empty, keeps Vietnamese text', () => {
    const csv = toCsv({
      rowCount: 2,
      columns: [
        { name: 'name_vi', kind: 'string', type: 'Utf8', values: ['Hà Nội', 'Bà Rịa, "Vũng Tàu"'] },
        { name: 'value', kind: 'number', type: 'Float64', values: [62.5, null] },
      ],
    });
    expect(csv).toBe('\uFEFFname_vi,value\r\nHà Nội,62.5\r\n"Bà Rịa, ""Vũng Tàu""",\r\n');
  });
  it('neutralises text cells a spreadsheet would run as formulas, numbers stay numbers', () => {
    const csv = toCsv({
      rowCount: 3,
      columns: [
        { name: 'quote', kind: 'string', type: 'Utf8', values: ['=HYPERLINK("http://x","100%")', '-3', '@a'] },
        { name: 'value', kind: 'number', type: 'Float64', values: [-3, 1, 2] },
      ],
    }, { bom: false });
    expect(csv).toBe('quote,value\r\n"\'=HYPERLINK(""http://x"",""100%"")",-3\r\n\'-3,1\r\n\'@a,2\r\n');
  });
  it('can leave out the byte order mark', () => {
    expect(toCsv({ rowCount: 0, columns: [{ name: 'a', kind: 'number', type: 'Int32', values: [] }] }, { bom: false })).toBe('a\r\n');
  });
});
