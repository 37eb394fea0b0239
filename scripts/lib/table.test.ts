import { describe, expect, it } from 'vitest';
import { formatTable, toCsvText } from './table.ts';

describe('formatTable', () => {
  it('pads text left and numbers right, and counts rows', () => {
    const text = formatTable([
      { vintage: 'VN63', n: 5 },
      { vintage: 'VN34', n: 120 },
    ]);
    expect(text).toBe(['vintage    n', '-------  ---', 'VN63       5', 'VN34     120', '(2 rows)'].join('\n'));
  });

  it('aligns Vietnamese names by letters, shows NULL', () => {
    expect(formatTable([{ name: 'Hà Nội', v: null }, { name: 'Huế', v: 1 }])).toBe(['name       v', '------  ----', 'Hà Nội  NULL', 'Huế        1', '(2 rows)'].join('\n'));
  });

  it('says when there are no rows', () => {
    expect(formatTable([])).toBe('(0 rows)');
  });
});

describe('toCsvText', () => {
  it('quotes commas, quotes and newlines', () => {
    expect(toCsvText([{ a: 'x,y', b: 'say "hi"', c: 1 }])).toBe('a,b,c\n"x,y","say ""hi""",1\n');
  });
});
