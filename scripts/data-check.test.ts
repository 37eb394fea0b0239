import { describe, expect, it } from 'vitest';
import { join, relative } from 'node:path';
import { main } from './data-check.ts';
import { CORPUS, materialize } from '../src/data/check/corpus.test-helpers.ts';

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (l) => out.push(l), (l) => err.push(l));
  return { code, out, err };
}

describe('data:check', () => {
  it('prints help in Vietnamese and English', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toContain('Cách dùng / usage: npm run data:check [-- --data DIR]');
  });

  it('exits 2 on a bad option', async () => {
    const r = await run(['--dta', 'x']);
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/^data:check: .*--dta/);
  });

  it('exits 0 with a one-line summary on valid data', async () => {
    const dir = join(CORPUS, 'base');
    const r = await run(['--data', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toEqual([`${relative(process.cwd(), dir)}/: 7 files, 11 observations, 0 problems`]);
  });

  it('exits 1 and prints sorted problems then the count', async () => {
    const dir = materialize('obs-numerator-alone');
    const r = await run(['--data', dir]);
    const root = dir; // outside the working directory: shown as given (absolute)
    expect(r.code).toBe(1);
    expect(r.out).toEqual([
      `${root}/observations/zz.csv:2:10: numerator given without denominator; give both or neither`,
      `${root}/observations/zz.csv:3:9: denominator given without numerator; give both or neither`,
      `${root}/observations/zz.csv:4:10: denominator 0 is not positive`,
      `${root}/: 8 files, 11 observations, 3 problems in 1 file`,
    ]);
  });
});
