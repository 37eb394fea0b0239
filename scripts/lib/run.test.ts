import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE, runWithin } from './run.ts';

/** Running or sleeping: a process killed but not yet reaped (a zombie, state Z) has ended. */
const alive = (pid: number): boolean => {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
};

describe('runWithin', () => {
  it('gives the exit code of a command that ends in time', async () => {
    expect(await runWithin(NODE, ['-e', 'process.exit(3)'], 30_000)).toEqual({ status: 3, timedOut: false });
  });

  it('stops a command that outlives its deadline, and what it started', async () => {
    // the command starts a grandchild that would outlive it, prints its pid, then hangs
    const pidFile = `${process.env.TMPDIR ?? '/tmp'}/run-within-${process.pid}.pid`;
    const script = `const c = require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(c.pid)); setInterval(() => {}, 1000);`;
    const started = Date.now();
    const result = await runWithin(NODE, ['-e', script], 1_500);
    expect(result).toEqual({ status: null, timedOut: true });
    expect(Date.now() - started).toBeLessThan(20_000);
    const grandchild = Number(readFileSync(pidFile, 'utf8'));
    expect(grandchild).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(alive(grandchild)).toBe(false);
  });
});
