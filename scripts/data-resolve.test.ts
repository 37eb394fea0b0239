import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAliases, parseCrosswalk, parseUnits, rowsOrThrow } from '../src/lib/geo/reference-rows.ts';
import { createResolver } from '../src/lib/geo/resolve.ts';
import { runNode, type ChildRun } from '../test/fixtures/child.ts';
import { hintFromFlags, resolveLines, splitLines } from './data-resolve.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const read = (p: string): string => readFileSync(root + p, 'utf8');
const resolver = createResolver(
  rowsOrThrow(parseUnits(read('data/geo/units.csv')), 'units'),
  rowsOrThrow(parseAliases(read('data/geo/aliases.csv')), 'aliases'),
  rowsOrThrow(parseCrosswalk(read('data/geo/crosswalk.csv')), 'crosswalk'),
);

describe('resolveLines', () => {
  it('prints one tab-separated line per input line, in order', () => {
    const out = resolveLines(['Hà Nội', 'Gia Lai', '', 'Ha Nio', 'Cả nước', 'Tây Nguyên', 'Hà Tây', 'a\tb'], resolver, {});
    expect(out).toHaveLength(8);
    expect(out[0]).toBe('VN63\t01\tHà Nội');
    expect(out.slice(1).map((l) => l.split('\t')[2]?.split(':')[0])).toEqual(['ambiguous', 'unknown', 'unknown', 'total', 'region', 'abolished', 'unknown']);
    expect(out[3]).toMatch(/did you mean Hà Nội/);
    expect(out.every((l) => l.split('\t').length === 3)).toBe(true);
  });

  it('uses the hint', () => {
    expect(resolveLines(['Gia Lai'], resolver, { date: '2025-07-01' })).toEqual(['VN34\t52\tGia Lai']);
  });
});

describe('splitLines', () => {
  it('handles CRLF and a final newline without inventing a name', () => {
    expect(splitLines('a\r\nb\n')).toEqual(['a', 'b']);
    expect(splitLines('a\n\nb')).toEqual(['a', '', 'b']);
    expect(splitLines('')).toEqual([]);
  });
});

describe('hintFromFlags', () => {
  it('accepts a vintage and a real day, rejects the rest', () => {
    expect(hintFromFlags({ vintage: 'VN34' })).toEqual({ vintage: 'VN34' });
    expect(hintFromFlags({ date: '2024-02-29' })).toEqual({ date: '2024-02-29' });
    expect(hintFromFlags({ vintage: 'VN99' })).toMatch(/--vintage/);
    expect(hintFromFlags({ date: '2025-02-30' })).toMatch(/--date/);
    expect(hintFromFlags({ vintage: 'VN63', date: '2025-07-01' })).toMatch(/contradicts/);
  });
});

describe('npm run data:resolve (end to end)', () => {
  const run = (args: string[], input: string): ChildRun => runNode(['scripts/data-resolve.ts', ...args], { cwd: root, input });

  it('exits 0 with one line per name, even when names do not resolve', () => {
    const r = run(['--vintage', 'VN34'], 'UBND tỉnh Bắc Ninh\nHà Giang\nxyz\n');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('VN34\t24\tBắc Ninh');
    expect(lines[1]).toMatch(/^-\t-\tabolished: .*Tuyên Quang/);
    expect(lines[2]).toMatch(/^-\t-\tunknown: /);
    expect(lines[3]).toBe('');
  });

  it('exits 2 on a bad option', () => {
    expect(run(['--vintage', 'VN99'], '').status).toBe(2);
    expect(run(['--nope'], '').status).toBe(2);
  });
});
