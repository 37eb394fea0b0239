import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recoverDirectory, replaceDirectory } from './atomic.ts';

const work = mkdtempSync(join(tmpdir(), 'atomic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('replaceDirectory', () => {
  it('makes the target a link to a complete version and swaps it in one rename', async () => {
    const target = join(work, 'a', 'data');
    await replaceDirectory(target, async (dir) => writeFileSync(join(dir, 'f.txt'), 'one'));
    expect(lstatSync(target).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(target, 'f.txt'), 'utf8')).toBe('one');
    await replaceDirectory(target, async (dir) => {
      // while the new version is written, the old one is whole
      expect(readFileSync(join(target, 'f.txt'), 'utf8')).toBe('one');
      writeFileSync(join(dir, 'f.txt'), 'two');
    });
    expect(readFileSync(join(target, 'f.txt'), 'utf8')).toBe('two');
    // one version left beside the link, nothing else
    expect(readdirSync(join(work, 'a')).filter((f) => f !== 'data')).toHaveLength(1);
  });

  it('keeps the previous output when writing fails, and leaves nothing behind', async () => {
    const target = join(work, 'b', 'data');
    await replaceDirectory(target, async (dir) => writeFileSync(join(dir, 'f.txt'), 'kept'));
    await expect(replaceDirectory(target, async () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(readFileSync(join(target, 'f.txt'), 'utf8')).toBe('kept');
    expect(readdirSync(join(work, 'b'))).toHaveLength(2);
  });

  it('turns a plain directory into a version, and recovers one moved aside by a killed run', async () => {
    const parent = join(work, 'c');
    const target = join(parent, 'data');
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, 'f.txt'), 'legacy');
    await replaceDirectory(target, async (dir) => writeFileSync(join(dir, 'f.txt'), 'new'));
    expect(readFileSync(join(target, 'f.txt'), 'utf8')).toBe('new');
    expect(existsSync(join(parent, 'data.v-0-legacy'))).toBe(false);
    // a run killed after moving a plain directory aside
    rmSync(target);
    mkdirSync(join(parent, 'data.v-0-legacy'));
    writeFileSync(join(parent, 'data.v-0-legacy', 'f.txt'), 'legacy');
    recoverDirectory(target);
    expect(readFileSync(join(target, 'f.txt'), 'utf8')).toBe('legacy');
  });

  it('removes versions and links of dead runs, never the current one', async () => {
    const parent = join(work, 'd');
    const target = join(parent, 'data');
    await replaceDirectory(target, async (dir) => writeFileSync(join(dir, 'f.txt'), 'x'));
    mkdirSync(join(parent, 'data.v-1-999999999'));
    writeFileSync(join(parent, 'data.link-999999999'), '');
    recoverDirectory(target);
    expect(readdirSync(parent).sort()).toHaveLength(2);
    expect(readFileSync(join(target, 'f.txt'), 'utf8')).toBe('x');
  });
});
