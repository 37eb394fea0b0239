import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticData } from '../../scripts/bench/synthetic.ts';
import { runNode, runNodeOk } from '../fixtures/child.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'bake-atomic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]),
  );
}

function bakeArgs(data: string, out: string): string[] {
  return ['scripts/data-bake.ts', '--data', data, '--out', out];
}

describe('an interrupted bake (kill -9)', () => {
  it('leaves the previous output whole, or the new one whole, never a mix', async () => {
    const before = join(work, 'before');
    const after = join(work, 'after');
    await writeSyntheticData(before, 60_000, join(ROOT, 'data/geo'), 1);
    await writeSyntheticData(after, 60_000, join(ROOT, 'data/geo'), 2);
    const out = join(work, 'out');
    const first = runNode(bakeArgs(before, out));
    expect(first.status, first.stderr).toBe(0);
    const old = snapshot(out);
    const reference = join(work, 'reference');
    const second = runNode(bakeArgs(after, reference));
    expect(second.status, second.stderr).toBe(0);
    const fresh = snapshot(reference);
    // The DuckDB file is not byte-deterministic; compare it by presence, the downloads by bytes.
    const comparable = (s: Record<string, string>) => Object.fromEntries(Object.entries(s).filter(([f]) => f !== 'egov.duckdb'));
    expect(comparable(old)).not.toEqual(comparable(fresh));

    for (const delay of [150, 400, 700, 1000, 1300, 1700]) {
      const child = spawn(process.execPath, bakeArgs(after, out), { cwd: ROOT, stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      // What a reader sees now, after the next bake's recovery step would run:
      const recovered = runNode(['-e', `import('${join(ROOT, 'src/data/bake/atomic.ts')}').then(m => m.recoverDirectory(${JSON.stringify(out)}))`]);
      expect(recovered.status, recovered.stderr).toBe(0);
      const now = comparable(snapshot(out));
      expect([JSON.stringify(comparable(old)), JSON.stringify(comparable(fresh))]).toContain(JSON.stringify(now));
      expect(existsSync(join(out, 'egov.duckdb'))).toBe(true);
      // restore the old output for the next round
      runNodeOk(bakeArgs(before, out));
    }
  }, 240_000);
});
