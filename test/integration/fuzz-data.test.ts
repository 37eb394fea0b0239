/**
 * Seeded fuzz test of the doors data goes through: 500 random mutations of a copy of data/
 * (truncations, byte flips, inserted quotes, huge cells, control characters, swapped columns,
 * emptied and deleted files). Every one must end in a clean check or in located problems
 * (file:line:column with a message), never an uncaught exception.
 *
 * Affordable on 2 cores: the checker runs in-process for all 500; the full bake
 * (`scripts/data-bake.ts` in a child process, as `npm run data:bake`) runs for a seeded subset of
 * BAKE_CASES, mixing cases the checker passes with cases it refuses. After a refused bake the
 * output must be byte for byte what it was; a bake never dies with a stack trace.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkData, formatProblem } from '../../src/data/check/index.ts';
import { seeded } from '../../src/lib/random.ts';
import { runNode } from '../fixtures/child.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CASES = 500;
const BAKE_CASES = 12;
const work = mkdtempSync(join(tmpdir(), 'fuzz-data-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const data = join(work, 'data');
cpSync(join(ROOT, 'data'), data, { recursive: true });
const files = listFiles(data).filter((f) => f.endsWith('.csv') || f.endsWith('.json'));
const originals = new Map(files.map((f) => [f, readFileSync(join(data, f))]));

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(dir, join(prefix, e.name)) : [join(prefix, e.name)],
  );
}

type Mutation = { name: string; apply: (bytes: Buffer, random: () => number) => Buffer | null };

const at = (bytes: Buffer, random: () => number): number => Math.floor(random() * (bytes.length + 1));
const insert = (bytes: Buffer, offset: number, text: string | Buffer): Buffer =>
  Buffer.concat([bytes.subarray(0, offset), Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8'), bytes.subarray(offset)]);

/** Swaps two columns of a CSV, in the header only, in the rows only, or in both. */
function swapColumns(bytes: Buffer, random: () => number): Buffer {
  const lines = bytes.toString('utf8').split('\n');
  const width = (lines[0] ?? '').split(',').length;
  const a = Math.floor(random() * width);
  const b = (a + 1 + Math.floor(random() * (width - 1))) % width;
  const where = Math.floor(random() * 3); // 0 header, 1 rows, 2 both
  return Buffer.from(
    lines
      .map((line, i) => {
        if ((i === 0 && where === 1) || (i > 0 && where === 0) || line === '') return line;
        const f = line.split(',');
        if (f.length !== width) return line;
        [f[a], f[b]] = [f[b] ?? '', f[a] ?? ''];
        return f.join(',');
      })
      .join('\n'),
  );
}

const MUTATIONS: Mutation[] = [
  { name: 'truncation', apply: (b, r) => b.subarray(0, Math.floor(r() * b.length)) },
  {
    name: 'byte flip',
    apply: (b, r) => {
      const out = Buffer.from(b);
      for (let k = 0, n = 1 + Math.floor(r() * 3); k < n && out.length > 0; k++) {
        const i = Math.floor(r() * out.length);
        out[i] = (out[i] ?? 0) ^ (1 << Math.floor(r() * 8));
      }
      return out;
    },
  },
  { name: 'inserted quote', apply: (b, r) => insert(b, at(b, r), '"') },
  { name: 'huge cell', apply: (b, r) => insert(b, b.indexOf(',', at(b, r)) + 1 || b.length, 'x'.repeat(r() < 0.5 ? 30_000 : 2_500_000)) },
  { name: 'control character', apply: (b, r) => insert(b, at(b, r), Buffer.from([[0, 1, 7, 8, 9, 11, 12, 13, 27, 31, 127][Math.floor(r() * 11)] ?? 0])) },
  { name: 'inner BOM', apply: (b, r) => insert(b, at(b, r), '\uFEFF') },
  { name: 'swapped columns', apply: (b, r) => swapColumns(b, r) },
  { name: 'emptied', apply: () => Buffer.alloc(0) },
  { name: 'deleted', apply: () => null },
];

interface Outcome {
  index: number;
  label: string;
  problems: string[];
}

function located(line: string): boolean {
  return /^.+:\d+:\d+: \S/.test(line);
}

function snapshot(dir: string): string {
  const hash = createHash('sha256');
  for (const f of readdirSync(dir).sort()) if (f !== 'egov.duckdb') hash.update(f).update(readFileSync(join(dir, f)));
  return hash.digest('hex');
}

describe(`fuzzing data/ (${CASES} seeded mutations)`, () => {
  const outcomes: Outcome[] = [];

  it('the checker ends every mutation in a clean result or located problems, never an exception', async () => {
    const random = seeded(2026_11);
    for (let index = 0; index < CASES; index++) {
      const file = files[Math.floor(random() * files.length)] as string;
      const mutation = MUTATIONS[Math.floor(random() * MUTATIONS.length)] as Mutation;
      const original = originals.get(file) as Buffer;
      const mutated = mutation.apply(original, random);
      const label = `#${index} ${mutation.name} of ${file}`;
      if (mutated === null) rmSync(join(data, file));
      else writeFileSync(join(data, file), mutated);
      let result: Awaited<ReturnType<typeof checkData>>;
      try {
        result = await checkData(data, { displayRoot: 'data' });
      } catch (error) {
        throw new Error(`${label}: uncaught ${(error as Error).stack ?? String(error)}`);
      }
      const problems = result.problems.map(formatProblem);
      for (const p of result.problems) {
        expect(p.line, `${label}: ${formatProblem(p)}`).toBeGreaterThanOrEqual(1);
        expect(p.column, `${label}: ${formatProblem(p)}`).toBeGreaterThanOrEqual(1);
        expect(p.file.startsWith('data/'), `${label}: ${formatProblem(p)}`).toBe(true);
        expect(p.message.length, label).toBeGreaterThan(0);
        expect(p.message.length, `${label}: a message stays readable: ${p.message.slice(0, 300)}`).toBeLessThan(1000);
      }
      outcomes.push({ index, label, problems });
      writeFileSync(join(data, file), original);
    }
    const refused = outcomes.filter((o) => o.problems.length > 0).length;
    console.log(`fuzz: ${CASES} mutations checked in-process: ${refused} refused with located problems, ${CASES - refused} clean, 0 exceptions`);
    expect(outcomes).toHaveLength(CASES);
    expect(refused).toBeGreaterThan(CASES / 2);
  }, 300_000);

  it(`the bake (${BAKE_CASES} seeded cases) never dies uncaught and never changes public/data after a failure`, () => {
    expect(outcomes).toHaveLength(CASES);
    const out = join(work, 'public', 'data');
    const first = runNode(['scripts/data-bake.ts', '--data', data, '--out', out]);
    expect(first.status, first.stderr).toBe(0);
    // half clean cases (the bake really runs), half refused ones (the output must not move)
    const clean = outcomes.filter((o) => o.problems.length === 0);
    const refused = outcomes.filter((o) => o.problems.length > 0);
    const pick = (list: Outcome[], n: number): Outcome[] => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / n)) === 0).slice(0, n);
    const chosen = [...pick(clean, BAKE_CASES / 2), ...pick(refused, BAKE_CASES - Math.min(clean.length, BAKE_CASES / 2))];
    // replay the same seeded mutations to rebuild the chosen cases
    const random = seeded(2026_11);
    const wanted = new Set(chosen.map((o) => o.index));
    let baked = 0;
    for (let index = 0; index < CASES && wanted.size > 0; index++) {
      const file = files[Math.floor(random() * files.length)] as string;
      const mutation = MUTATIONS[Math.floor(random() * MUTATIONS.length)] as Mutation;
      const original = originals.get(file) as Buffer;
      const mutated = mutation.apply(original, random);
      if (!wanted.delete(index)) continue;
      if (mutated === null) rmSync(join(data, file));
      else writeFileSync(join(data, file), mutated);
      const before = snapshot(out);
      const run = runNode(['scripts/data-bake.ts', '--data', data, '--out', out]);
      const label = `#${index} ${mutation.name} of ${file}`;
      expect([0, 1], `${label}: ${run.stderr}`).toContain(run.status);
      expect(run.stderr, label).not.toMatch(/^\s+at /m);
      if (run.status === 1) {
        expect(snapshot(out), `${label}: output changed after a failure`).toBe(before);
        const lines = run.stderr.split('\n').filter((l) => l !== '');
        expect(lines.every((l) => located(l) || /^error: /.test(l) || /problem\(s\): nothing baked|is unchanged/.test(l)), `${label}: ${run.stderr.slice(0, 500)}`).toBe(true);
        // the whole output reached the pipe: it ends on the line that says nothing was baked
        expect(lines.at(-1), label).toMatch(/nothing baked; .* is unchanged\.$/);
      } else {
        expect(existsSync(join(out, 'egov.duckdb')), label).toBe(true);
      }
      baked++;
      writeFileSync(join(data, file), original);
    }
    console.log(`fuzz: ${baked} of the cases baked in full (${chosen.filter((o) => o.problems.length === 0).length} clean, ${chosen.filter((o) => o.problems.length > 0).length} refused): 0 uncaught errors`);
    expect(baked).toBe(chosen.length);
    expect(relative(work, out)).toBe(join('public', 'data'));
  }, 300_000);
});
