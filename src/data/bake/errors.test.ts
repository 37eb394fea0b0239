import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BakeError } from './errors.ts';
import { dataset, indicator, obs } from './fixture.test-helpers.ts';
import { bake } from './index.ts';
import { runNode } from '../../../test/fixtures/child.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'bake-errors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const DATA = dataset([obs('dossiers', '35', 9000)], [indicator('dossiers')]);

describe('a bake that fails', () => {
  it('turns a DuckDB failure into a BakeError naming the step and file, and keeps the previous output', async () => {
    const out = join(work, 'out');
    await bake(DATA, out);
    const before = readFileSync(join(out, 'egov-observations.csv'));
    // a cell DuckDB's CSV reader refuses (over its 2 000 000-byte line limit), handed to bake() unchecked
    const huge = dataset([obs('dossiers', '35', 9000, { note_vi: 'x'.repeat(2_100_000) })], [indicator('dossiers')]);
    const failure = await bake(huge, out).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(BakeError);
    expect((failure as BakeError).message).toMatch(/data\/observations\/test\.csv: loading table observations: .*Maximum line size of 2000000 bytes exceeded/);
    expect((failure as BakeError).message.length).toBeLessThan(1000);
    expect(readFileSync(join(out, 'egov-observations.csv'))).toEqual(before);
    expect(readdirSync(work).sort()).toHaveLength(2); // the link and its one version
  });

  it('npm run data:bake ends an I/O failure with one located line and exit 1, never a stack trace', () => {
    const data = join(work, 'data');
    cpSync(join(ROOT, 'test/fixtures/check/base'), data, { recursive: true });
    const blocker = join(work, 'not-a-dir');
    writeFileSync(blocker, 'a file where the output directory would go');
    const run = runNode(['scripts/data-bake.ts', '--data', data, '--out', join(blocker, 'data')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: .*not-a-dir\/data: .*ENOTDIR/m);
    expect(run.stderr).toContain('is unchanged');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
