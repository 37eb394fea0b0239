import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset, indicator, obs } from './fixture.test-helpers.ts';
import { bake, csvFile } from './index.ts';
import { validatePackage } from './validate-package.ts';
import { runNodeOk } from '../../../test/fixtures/child.ts';

const ROOT = join(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'validate-package-'));
const out = join(work, 'data');
const real = join(work, 'real');

beforeAll(async () => {
  // a fictitious bake to damage, and the bake of the real data/ (its own process, as npm runs it)
  await bake(dataset([obs('share', '04', 40, { line: 2 }), obs('share', '33', 50, { line: 3, qualifier: 'approx' })], [indicator('share')]), out);
  runNodeOk(['scripts/data-bake.ts', '--out', real]);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the bake with one file's text changed. */
function damaged(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(work, 'damaged-'));
  cpSync(out, dir, { recursive: true, dereference: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

describe('the data package', () => {
  it('declares keys, references and allowed values, in utf-8', () => {
    const pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as { resources: { name: string; encoding: string; schema: { primaryKey?: string[]; foreignKeys?: unknown[]; fields: { name: string; constraints?: { enum: string[] } }[] } }[] };
    const by = new Map(pkg.resources.map((r) => [r.name, r]));
    expect(by.get('units')?.schema.primaryKey).toEqual(['vintage', 'code']);
    expect(by.get('observations')?.schema.foreignKeys).toHaveLength(2);
    expect(by.get('observations')?.schema.fields.find((f) => f.name === 'qualifier')?.constraints?.enum).toEqual(['approx', 'at_least', 'at_most', 'near']);
    expect(pkg.resources.every((r) => r.encoding === 'utf-8')).toBe(true);
  });

  it('validates against its own files: the fixture and the real data', async () => {
    expect(await validatePackage(out)).toEqual([]);
    expect(await validatePackage(real)).toEqual([]);
  });

  it('names each kind of problem it finds', async () => {
    const obs = csvFile('observations');
    const lines = readFileSync(join(out, obs), 'utf8').split('\n');
    const header = (lines[0] as string).replace(/^\uFEFF/, '').split(',');
    const qualifier = header.indexOf('qualifier');
    const source = header.indexOf('source');
    expect(qualifier).toBeGreaterThan(-1);
    // a coded value out of its list, a reference to nothing, and a duplicated key
    const bad = damaged(obs, (text) => {
      const rows = text.split('\n');
      const cells = (rows[1] as string).split(',');
      cells[qualifier] = 'roughly';
      cells[source] = 'no-such-source';
      rows[1] = cells.join(',');
      return rows.join('\n');
    });
    const problems = await validatePackage(bad);
    expect(problems).toContain('observations.qualifier: roughly not among approx, at_least, at_most, near');
    expect(problems).toContainEqual(expect.stringMatching(/^observations: source → sources: no-such-source not found$/));
    const twice = damaged(csvFile('units'), (text) => {
      const rows = text.trimEnd().split('\n');
      return [...rows, rows[1]].join('\n') + '\n';
    });
    expect(await validatePackage(twice)).toContainEqual(expect.stringMatching(/^units: primary key vintage, code shared by more than one row/));
  });
});
