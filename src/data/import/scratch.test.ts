import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchDir, sweepScratch } from './scratch.ts';

const root = mkdtempSync(join(tmpdir(), 'scratch-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the import scratch folders', () => {
  it('sweeps the folders of ended processes, never a running one nor other files', async () => {
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(ended.stdout);
    expect(deadPid).toBeGreaterThan(0);
    const mine = await scratchDir('out', root);
    expect(mine).toMatch(new RegExp(`data-import-out-${process.pid}-`));
    mkdirSync(join(root, `data-import-stage-${deadPid}-abc123`));
    mkdirSync(join(root, `data-import-out-${deadPid}-def456`));
    mkdirSync(join(root, 'data-import-legacy'));
    mkdirSync(join(root, 'unrelated-1'));
    // the parent of this test runs; its folder stays
    mkdirSync(join(root, `data-import-out-${process.ppid}-ghi789`));
    const removed = await sweepScratch(root);
    expect(removed.sort()).toEqual([`data-import-out-${deadPid}-def456`, `data-import-stage-${deadPid}-abc123`]);
    expect(readdirSync(root).sort()).toEqual([`data-import-out-${process.ppid}-ghi789`, 'data-import-legacy', mine.split('/').at(-1), 'unrelated-1'].sort());
    expect(existsSync(mine)).toBe(true);
  });

  it('finds nothing to do in a folder that is not there', async () => {
    expect(await sweepScratch(join(root, 'missing'))).toEqual([]);
  });
});
