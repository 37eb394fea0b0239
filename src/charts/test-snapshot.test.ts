import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSnapshot, normaliseSvg } from './test-snapshot.ts';

const dirs: string[] = [];
const temp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'snap-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('normaliseSvg', () => {
  it('renumbers ids with their references and rounds attribute numbers', () => {
    const svg = '<svg><clipPath id="plot-clip-93"></clipPath><g clip-path="url(#plot-clip-93)"><path d="M0.123456,10.98765L3,4"></path></g><text>1.23456</text></svg>';
    const out = normaliseSvg(svg);
    expect(out).toContain('id="id1"');
    expect(out).toContain('url(#id1)');
    expect(out).toContain('d="M0.12,10.99L3,4"');
    // text content is data, not noise: it keeps its digits
    expect(out).toContain('1.23456');
  });
});

describe('checkSnapshot', () => {
  it('creates a missing snapshot outside CI, then matches it', () => {
    const dir = temp();
    expect(checkSnapshot(dir, 'a', '<svg><g></g></svg>', {}).ok).toBe(true);
    expect(checkSnapshot(dir, 'a', '<svg><g></g></svg>', {}).message).toBe('same');
  });
  it('refuses to create a snapshot under CI', () => {
    const dir = temp();
    const result = checkSnapshot(dir, 'a', '<svg></svg>', { CI: '1' });
    expect(result.ok).toBe(false);
    expect(existsSync(join(dir, '__snapshots__', 'a.svg'))).toBe(false);
  });
  it('writes NAME-changed.svg on a mismatch', () => {
    const dir = temp();
    checkSnapshot(dir, 'a', '<svg><g></g></svg>', {});
    const result = checkSnapshot(dir, 'a', '<svg><rect></rect></svg>', {});
    expect(result.ok).toBe(false);
    expect(readFileSync(join(dir, '__snapshots__', 'a-changed.svg'), 'utf8')).toContain('<rect>');
  });
});
