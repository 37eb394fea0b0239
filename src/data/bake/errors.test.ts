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

  it('npm run data:bake hands every problem to a pipe, however many, and exits 1', () => {
    // 3,000 rows of an unknown indicator: over 300 KB of problems, several pipe buffers' worth
    const data = join(work, 'many-problems');
    cpSync(join(ROOT, 'test/fixtures/check/base'), data, { recursive: true });
    const file = join(data, 'observations', 'test.csv');
    const rows = Array.from({ length: 3000 }, (_, i) => `no_such_indicator,VN63,01,,,${1000 + i},1,,,,test-source-a,1,,`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}${rows.join('\n')}\n`);
    // an early exit used to cut the output short in most runs, and hang now and then (cli.ts exit)
    for (let run = 0; run < 3; run++) {
      const bake = runNode(['scripts/data-bake.ts', '--data', data, '--out', join(work, 'many-out')]);
      expect(bake.status).toBe(1);
      const lines = bake.stderr.trimEnd().split('\n');
      expect(lines.filter((l) => /test\.csv:\d+:1: .*no_such_indicator/.test(l))).toHaveLength(3000);
      const summary = /^(\d+) problem\(s\): nothing baked; .* is unchanged\.$/.exec(lines.at(-1) ?? '');
      expect(summary, lines.at(-1)).not.toBeNull();
      expect(lines.filter((l) => /^\S+:\d+:\d+: /.test(l))).toHaveLength(Number(summary?.[1]));
    }
  });
});
