import { describe, expect, it } from 'vitest';
import { changelogMarkdown, compareFigures, figuresFromCsv } from './compare.ts';

const HEADER = 'indicator,vintage,geo,subunit,breakdown,period,value,qualifier,numerator,denominator,source,quote,note_vi,note_en';
const before = `${HEADER}\nt_a,VN63,01,,,2023,1,,,,s1,q 1,,\nt_a,VN63,79,,,2023,2,,,,s1,q 2,,\nt_b,VN63,01,,,2023,5,,,,s2,q 5,,\n`;
const after = `${HEADER}\nt_a,VN63,01,,,2023,1.0,,,,s1,q 1,,\nt_a,VN63,79,,,2023,3,,,,s1,q 3,,\nt_a,VN63,46,,,2023,4,,,,s1,"q, 4",,\n`;

describe('compareFigures', () => {
  it('groups added, revised and withdrawn figures by source and indicator', () => {
    const groups = compareFigures(figuresFromCsv([before]), figuresFromCsv([after]));
    expect(groups.map((g) => [g.source, g.indicator, g.added.map((f) => f.geo), g.revised.map((r) => `${r.figure.geo}:${r.old}→${r.figure.value}`), g.withdrawn.map((f) => f.geo)])).toEqual([
      ['s1', 't_a', ['46'], ['79:2→3'], []],
      ['s2', 't_b', [], [], ['01']],
    ]);
  });

  it('reads the bake download (BOM, extra columns)', () => {
    const baked = '\ufeffindicator,vintage,geo,subunit,breakdown,period,period_start,period_end,value,source,file\nt_a,VN63,01,,,2023,2023-01-01,2023-12-31,1,s1,x.csv\n';
    expect(figuresFromCsv([baked])).toEqual([{ indicator: 't_a', vintage: 'VN63', geo: '01', subunit: '', breakdown: '', period: '2023', value: '1', source: 's1' }]);
  });

  it('undoes the download\'s formula neutralisation, so a bake compares equal to data/', () => {
    const baked = "\ufeffindicator,vintage,geo,subunit,breakdown,period,value,source\nt_a,VN63,01,'-Sở A,,2023,-3,s1\n";
    const data = 'indicator,vintage,geo,subunit,breakdown,period,value,source\nt_a,VN63,01,-Sở A,,2023,-3,s1\n';
    expect(figuresFromCsv([baked])).toEqual(figuresFromCsv([data]));
    expect(figuresFromCsv([baked])[0]?.subunit).toBe('-Sở A');
  });

  it('writes Markdown, saying so when nothing changed', () => {
    const md = changelogMarkdown(compareFigures(figuresFromCsv([before]), figuresFromCsv([after])), 'T');
    expect(md).toContain('## s1 · t_a\n\nThêm / added 1, sửa / revised 1, rút / withdrawn 0\n\n- added VN63 46 2023: 4\n- revised VN63 79 2023: 2 → 3\n');
    expect(md).toContain('- withdrawn VN63 01 2023: 5');
    expect(changelogMarkdown([], 'T')).toBe('# T\n\nKhông có thay đổi. No change.\n');
  });
});
