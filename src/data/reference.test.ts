import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadReference } from './reference.ts';
import { formatProblem } from './check/problem.ts';

function geoDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ref-'));
  mkdirSync(join(dir, 'geo'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'geo', name), text);
  return dir;
}

const UNITS = 'vintage,code,name_vi,name_en,type,iso3166_2,valid_from,valid_to\n';
const CROSS = 'vn63_code,vn34_code,effective\n';
const ALIAS = 'alias,kind,vintage,code,note\n';

describe('loadReference', () => {
  it('loads typed rows with their lines', async () => {
    const dir = geoDir({
      'units.csv': `${UNITS}VN63,01,Hà Nội,Ha Noi,city,VN-HN,2008-08-01,2025-06-30\nVN,VN,Việt Nam,Viet Nam,country,,,\n`,
      'crosswalk.csv': `${CROSS}01,01,2025-07-01\n`,
      'aliases.csv': `${ALIAS}Hà Tây,abolished,,,"merged into Hà Nội 2008"\nTP Hà Nội,unit,VN63,01,\n`,
    });
    const ref = await loadReference(dir);
    expect(ref.problems).toEqual([]);
    expect(ref.units).toEqual([
      { vintage: 'VN63', code: '01', name_vi: 'Hà Nội', name_en: 'Ha Noi', type: 'city', iso3166_2: 'VN-HN', valid_from: '2008-08-01', valid_to: '2025-06-30' },
      { vintage: 'VN', code: 'VN', name_vi: 'Việt Nam', name_en: 'Viet Nam', type: 'country', iso3166_2: '', valid_from: '', valid_to: '' },
    ]);
    expect(ref.crosswalk).toEqual([{ vn63_code: '01', vn34_code: '01', effective: '2025-07-01' }]);
    expect(ref.aliases).toEqual([
      { alias: 'Hà Tây', kind: 'abolished', vintage: '', code: '', note: 'merged into Hà Nội 2008' },
      { alias: 'TP Hà Nội', kind: 'unit', vintage: 'VN63', code: '01', note: '' },
    ]);
    expect(ref.lines.aliases).toEqual([2, 3]);
  });

  it('reports missing files, wrong headers and unknown values, keeping the valid rows', async () => {
    const dir = geoDir({
      'units.csv': `${UNITS}VN99,01,X,X,city,,,\nVN63,02,Y,Y,town,,,\nVN63,04,Z,Z,province,,,\n`,
      'aliases.csv': 'alias,kind,code,vintage,note\n',
    });
    const ref = await loadReference(dir, { displayRoot: 'fixture' });
    expect(ref.problems.map(formatProblem).sort()).toEqual([
      'fixture/geo/aliases.csv:1:3: column "code" out of order; expected "vintage" here; expected header: alias,kind,vintage,code,note',
      'fixture/geo/crosswalk.csv:1:1: file missing',
      'fixture/geo/units.csv:2:1: unknown vintage "VN99"; expected one of VN63, VN34, VN',
      'fixture/geo/units.csv:3:5: unknown type "town"; expected one of city, province, country',
    ]);
    expect(ref.units.map((u) => u.code)).toEqual(['04']);
    expect(ref.aliases).toEqual([]);
  });
});
