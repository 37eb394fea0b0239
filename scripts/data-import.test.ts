/**
 * The command as a maintainer runs it: exit codes and output, and kill -9 safety — a run killed
 * at any moment leaves the data directory byte for byte as it was (or, if it had finished, as
 * the complete import), never half-written.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNode, type ChildRun } from '../test/fixtures/child.ts';
import { makeDataDir, writeLongCsv } from '../test/fixtures/import/generate.ts';

const SCRIPT = resolve(import.meta.dirname, 'data-import.ts');

function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p).toString('base64'));
    }
  };
  walk(dir);
  return out;
}

function run(args: string[], env?: NodeJS.ProcessEnv): ChildRun {
  return runNode([SCRIPT, ...args], { env });
}

describe('npm run data:import', () => {
  it('prints the diff and a one-line summary, then fails with file:line:column problems', () => {
    const data = makeDataDir();
    const file = join(dirname(data), 'cli.csv');
    writeFileSync(file, 'Tỉnh,2022,2023\nHà Nội,1,2\nHải Phòng,3,..\n');
    const ok = run([file, '--data', data, '--indicator', 'test_count_a', '--source', 'test-source']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('added 3, changed 0, removed 0, unchanged 0');
    expect(ok.stdout).toMatch(/^3 rows \(1 missing cells, 0 lines skipped\) from .*cli\.csv in [\d.]+ s: written to .*wide-cli\.csv$/m);
    writeFileSync(file, 'Tỉnh,2022\nHà Nội,x\n');
    const bad = run([file, '--data', data, '--indicator', 'test_count_a', '--source', 'test-source']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe('cli.csv:2:2: not a number: "x"; expected a number or a missing-value marker (.., -, n/a, empty) (column "2022")\nimport failed: 1 problem; nothing written\n');
  });

  it('leaves data/ exactly as it was when killed with SIGKILL mid-import', async () => {
    const data = makeDataDir();
    const names = readFileSync(join(data, 'geo', 'units.csv'), 'utf8').split('\n').filter((l) => l.startsWith('VN63,')).map((l) => l.split(',')[2]!);
    const file = writeLongCsv(join(dirname(data), 'big.csv'), 200_000, names);
    const before = snapshot(data);
    const args = [SCRIPT, file, '--data', data, '--source', 'test-source', '--name', 'big'];
    // the imports' own temporary directory: what a killed one leaves there is seen
    const scratch = mkdtempSync(join(dirname(data), 'tmp-'));
    const env = { ...process.env, TMPDIR: scratch };
    let interrupted = 0;
    for (const delay of [150, 400, 800, 1200, 1800, 2600]) {
      const child = spawn(process.execPath, args, { stdio: 'ignore', env });
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => child.on('exit', (code, signal) => res({ code, signal })));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      const { code, signal } = await exited;
      if (signal === 'SIGKILL') {
        interrupted++;
        // Killed: either nothing was renamed yet, or the one rename had happened.
        const now = snapshot(data);
        if (now.has('observations/big.csv')) {
          expect(now.size).toBe(before.size + 1);
        } else {
          expect(now).toEqual(before);
        }
        if (now.has('observations/big.csv')) break;
      } else {
        expect(code).toBe(0);
        break;
      }
    }
    expect(interrupted).toBeGreaterThan(0);
    // Whatever happened, a complete run now gives the full file, and a second changes nothing;
    // it also removes the scratch folders the killed runs left
    expect(run([file, '--data', data, '--source', 'test-source', '--name', 'big'], env).status).toBe(0);
    expect(readdirSync(scratch)).toEqual([]);
    const after = snapshot(data);
    expect(readFileSync(join(data, 'observations', 'big.csv'), 'utf8').split('\n').length).toBe(200_002);
    const again = run([file, '--data', data, '--source', 'test-source', '--name', 'big']);
    expect(again.stdout).toContain('no change, nothing written');
    expect(snapshot(data)).toEqual(after);
  }, 120_000);
});
