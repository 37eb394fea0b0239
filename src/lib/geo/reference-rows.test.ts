import { describe, expect, it } from 'vitest';
import { parseAliases, parseCrosswalk, parseUnits, rowsOrThrow } from './reference-rows.ts';

const UNITS = 'vintage,code,name_vi,name_en,type,iso3166_2,valid_from,valid_to\n';

describe('parseUnits', () => {
  it('parses valid rows and skips a BOM', () => {
    const p = parseUnits(`\uFEFF${UNITS}VN63,01,Hà Nội,Ha Noi,city,VN-HN,2008-08-01,2025-06-30\nVN,VN,Việt Nam,Viet Nam,country,,,\n`);
    expect(p.problems).toEqual([]);
    expect(p.rows.map((r) => `${r.vintage}:${r.code}:${r.name_vi}`)).toEqual(['VN63:01:Hà Nội', 'VN:VN:Việt Nam']);
  });

  it('reports line and column of each bad field and keeps the bad row out', () => {
    const p = parseUnits(`${UNITS}VN63,1,Hà Nội,Ha Noi,town,VN-HN,2008-08-01,\nVN34,01,Hà Nội,Ha Noi,city,,2025-7-1,\n`);
    expect(p.rows).toEqual([]);
    expect(p.problems.map((x) => [x.line, x.column])).toEqual([[2, 2], [2, 5], [3, 7]]);
    expect(p.problems[1]?.message).toContain('type');
  });

  it('rejects a wrong header', () => {
    const p = parseUnits('code,name\n01,Hà Nội\n');
    expect(p.problems[0]).toMatchObject({ line: 1, column: 1 });
  });
});

describe('parseAliases', () => {
  it('requires a vintage and code for unit aliases only', () => {
    const p = parseAliases('alias,kind,vintage,code,note\nTPHCM,unit,VN63,79,\nCả nước,total,,,\nX,unit,,,\nY,region,VN99,,\n');
    expect(p.rows.map((r) => r.alias)).toEqual(['TPHCM', 'Cả nước']);
    expect(p.problems.map((x) => [x.line, x.column])).toEqual([[4, 3], [4, 4], [5, 3]]);
  });
});

describe('parseCrosswalk and rowsOrThrow', () => {
  it('throws with file:line:column', () => {
    expect(() => rowsOrThrow(parseCrosswalk('vn63_code,vn34_code,effective\n02,8,2025-07-01\n'), 'data/geo/crosswalk.csv')).toThrow(
      'data/geo/crosswalk.csv:2:2: vn34_code: expected two digits, got "8"',
    );
  });

  it('reports a short row', () => {
    const p = parseCrosswalk('vn63_code,vn34_code,effective\n02,08\n');
    expect(p.problems[0]).toMatchObject({ line: 2, column: 3 });
  });
});
