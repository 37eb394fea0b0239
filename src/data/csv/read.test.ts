import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeAndParse, firstInvalidUtf8, readCsvFile, readCsvFileSync, scanCsvFile } from './read.ts';
import { formatProblem } from '../check/problem.ts';

const F = 'data/x.csv';

describe('UTF-8', () => {
  it('rejects bytes that are not UTF-8, naming the byte, line and character', () => {
    // "a,b\nxé,1\n2,\xE0y\n": 0xE0 followed by an ASCII byte is malformed.
    const bytes = Buffer.concat([Buffer.from('a,b\nxé,1\n2,', 'utf8'), Buffer.from([0xe0]), Buffer.from('y\n')]);
    const t = decodeAndParse(bytes, F);
    expect(t.rows).toEqual([]);
    expect(t.problems.map(formatProblem)).toEqual([
      'data/x.csv:3:2: not UTF-8 (byte 0xE0 at line 3, character 3); save the file as UTF-8',
    ]);
  });

  it('finds the first invalid byte (overlong, surrogate, truncated)', () => {
    expect(firstInvalidUtf8(Buffer.from('héllo'))).toBe(6);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0x42, 0xe1, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(Buffer.from([0xf0, 0x9f, 0x98, 0x80]))).toBe(4);
  });

  it('reads Windows-1258 text as a problem, not as mojibake', () => {
    // "Hà Nội" in Windows-1258: 0xE0 for à.
    const t = decodeAndParse(Buffer.from([0x6e, 0x0a, 0x48, 0xe0, 0x20, 0x4e, 0x0a]), F);
    expect(t.problems[0]?.message).toBe('not UTF-8 (byte 0xE0 at line 2, character 2); save the file as UTF-8');
  });
});

describe('readCsvFile', () => {
  it('reads a file from disk, async and sync', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csv-'));
    const p = join(dir, 'a.csv');
    writeFileSync(p, 'a,b\n"Hà Nội",1\n');
    const expected = { header: ['a', 'b'], rows: [{ line: 2, fields: ['Hà Nội', '1'] }], problems: [] };
    expect(await readCsvFile(p, 'data/a.csv')).toEqual(expected);
    expect(readCsvFileSync(p, 'data/a.csv')).toEqual(expected);
  });
});

describe('scanCsvFile in pieces', () => {
  const CORPUS = join(import.meta.dirname, '../../../test/fixtures/check');
  const files = readdirSync(CORPUS, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.csv'));

  it('reads every file of the check corpus as the whole text reads, however small the pieces', async () => {
    expect(files.length).toBeGreaterThan(30);
    for (const f of files) {
      const path = join(CORPUS, f);
      const whole = decodeAndParse(readFileSync(path), f);
      for (const size of [1, 7, 64, 1 << 20]) {
        const rows: { line: number; fields: string[] }[] = [];
        const scan = await scanCsvFile(path, f, (line, fields) => rows.push({ line, fields }), undefined, size);
        expect({ header: scan.header, rows, problems: scan.problems }, `${f} in pieces of ${size}`).toEqual(whole);
      }
    }
  });

  it('locates bytes that are not UTF-8 in a later piece on the file\u2019s line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csv-'));
    const p = join(dir, 'b.csv');
    writeFileSync(p, Buffer.concat([Buffer.from('a,b\n1,2\n"x\ny",3\n4,'), Buffer.from([0xe0]), Buffer.from('\n')]));
    const scan = await scanCsvFile(p, F, () => {}, undefined, 4);
    expect(scan.problems.map(formatProblem)).toEqual(['data/x.csv:5:2: not UTF-8 (byte 0xE0 at line 5, character 3); save the file as UTF-8']);
  });
});
