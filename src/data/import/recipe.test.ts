import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportFailure } from './problems.ts';
import { readRecipe, replayRecipe, RECIPE_COLUMNS } from './recipe.ts';

const dir = (text: string): string => {
  const d = mkdtempSync(join(tmpdir(), 'recipe-unit-'));
  writeFileSync(join(d, 'imports.csv'), text);
  return d;
};
const problems = async (p: Promise<unknown>): Promise<string[]> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof ImportFailure) return e.problems.map((x) => `${x.file}:${x.line}:${x.column}: ${x.message}`);
    throw e;
  }
  return [];
};

describe('the import recipe', () => {
  it('reads its lines', async () => {
    const d = dir(`${RECIPE_COLUMNS.join(',')}\n../x/a.csv,papi,,,,,src-a,papi-a\n../x/b.xlsx,dvc766,Điểm năm,,VN34,year_to_date,src-b,b\n`);
    const lines = await readRecipe(join(d, 'imports.csv'));
    expect(lines.map((l) => [l.line, l.file, l.sheet, l.vintage, l.breakdown, l.name])).toEqual([
      [2, '../x/a.csv', '', '', '', 'papi-a'], [3, '../x/b.xlsx', 'Điểm năm', 'VN34', 'year_to_date', 'b'],
    ]);
  });
  it('says where a line is wrong', async () => {
    expect(await problems(readRecipe(join(dir('file,profile\n'), 'imports.csv'), 'r.csv'))).toEqual([`r.csv:1:1: header must be ${RECIPE_COLUMNS.join(',')}; found file,profile`]);
    expect(await problems(readRecipe(join(dir(`${RECIPE_COLUMNS.join(',')}\n../a.csv,papi,,,,,,n\n`), 'imports.csv'), 'r.csv'))).toEqual([
      'r.csv:2:7: source is empty; every import names its file, profile, source and output name',
    ]);
    expect(await problems(readRecipe(join(dir(`${RECIPE_COLUMNS.join(',')}\n../a.csv,papi,,,VN99,,s,n\n`), 'imports.csv'), 'r.csv'))).toEqual([
      'r.csv:2:5: vintage must be VN63, VN34 or empty; found "VN99"',
    ]);
  });
  it('refuses to replay a line whose file is missing, naming it', async () => {
    const d = dir(`${RECIPE_COLUMNS.join(',')}\n../nowhere/a.csv,papi,,,,,s,n\n`);
    expect(await problems(replayRecipe({ root: d, dataDir: d, displayRoot: 'data' }))).toEqual([
      'data/imports.csv:2:1: ../nowhere/a.csv not found: the recipe reads the raw datasets by path, relative to the project root (../shared/real beside it)',
    ]);
  });
});
