import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { runNode, type ChildRun } from '../../test/fixtures/child.ts';
import { ROOT, parseArgs, readArgs } from './cli.ts';

const USAGE = 'npm run x -- [FILE ...] [--db FILE] [--json] [--map A=B ...]';
const SPEC = {
  usage: USAGE,
  options: { db: { type: 'string' }, json: { type: 'boolean' }, map: { type: 'string', multiple: true } },
  positionals: true,
} as const;

describe('readArgs', () => {
  it('reads values, booleans and positionals in any order, inline or not', () => {
    const r = readArgs(['a.csv', '--db', 'x.duckdb', '--json', 'b.csv'], SPEC);
    expect(r).toEqual({ values: { db: 'x.duckdb', json: true }, positionals: ['a.csv', 'b.csv'] });
    expect(readArgs(['--db=-1'], SPEC)).toMatchObject({ values: { db: '-1' } });
  });

  it('collects a repeatable option in order, and keeps the last of a single one', () => {
    expect(readArgs(['--map', 'A=1', '--map=B=2', '--db', 'x', '--db', 'y'], SPEC)).toMatchObject({ values: { map: ['A=1', 'B=2'], db: 'y' } });
  });

  it('skips a lone --, as npm passes on the second of `[-- --a] [-- --b]`', () => {
    expect(readArgs(['--db', 'x', '--', '--json'], SPEC)).toEqual({ values: { db: 'x', json: true }, positionals: [] });
  });

  it('refuses an unknown option, long or short, in one line', () => {
    expect(readArgs(['--dbb', 'x'], SPEC)).toEqual({ status: 2, error: 'unknown option: --dbb' });
    expect(readArgs(['-x'], SPEC)).toEqual({ status: 2, error: 'unknown option: -x' });
  });

  it('refuses an option without its value, and a value given to a boolean', () => {
    expect(readArgs(['a.csv', '--db'], SPEC)).toEqual({ status: 2, error: 'option --db needs a value' });
    expect(readArgs(['--db', '--json'], SPEC)).toEqual({ status: 2, error: 'option --db needs a value (one that starts with "-" goes as --db=VALUE)' });
    expect(readArgs(['--json=yes'], SPEC)).toEqual({ status: 2, error: 'option --json takes no value' });
  });

  it('refuses positionals unless the script takes them', () => {
    expect(readArgs(['extra'], { usage: USAGE, options: { json: { type: 'boolean' } } })).toEqual({ status: 2, error: 'unexpected argument: extra' });
  });

  it('answers --help (declared by the wrapper, or by the script with a short form) with status 0', () => {
    expect(readArgs(['--db', 'x', '--help'], SPEC)).toEqual({ status: 0 });
    expect(readArgs(['-h'], { usage: USAGE, options: { help: { type: 'boolean', short: 'h' } } })).toEqual({ status: 0 });
  });
});

describe('parseArgs', () => {
  let exit: MockInstance<typeof process.exit>;
  let stdout: MockInstance<typeof process.stdout.write>;
  let stderr: MockInstance<typeof process.stderr.write>;
  beforeEach(() => {
    exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${String(code)}`);
    });
    stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => vi.restoreAllMocks());
  const written = (spy: MockInstance<typeof process.stdout.write>): string => spy.mock.calls.map(([chunk]) => String(chunk)).join('');

  it('returns the parsed arguments', () => {
    expect(parseArgs(['--json'], SPEC)).toEqual({ values: { json: true }, positionals: [] });
    expect(exit).not.toHaveBeenCalled();
  });

  it('prints the usage on --help and exits 0', () => {
    expect(() => parseArgs(['--help'], SPEC)).toThrow('exit 0');
    expect(written(stdout)).toBe(`${USAGE}\n`);
  });

  it('prints one error line and the usage, and exits 2', () => {
    expect(() => parseArgs(['--nope'], SPEC)).toThrow('exit 2');
    expect(written(stderr)).toBe(`error: unknown option: --nope\n\n${USAGE}\n`);
  });
});

describe('a script on a bad command line', () => {
  const run = (...args: string[]): ChildRun => runNode(['scripts/data-diff.ts', ...args]);

  it('says what is wrong in one line, then its usage, exit 2, no stack trace', () => {
    const r = run('--data');
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n').slice(0, 3)).toEqual(['error: option --data needs a value', '', 'npm run data:diff -- [REV] [--bake] [--data DIR]']);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(run('--help').stdout).toMatch(/^npm run data:diff -- \[REV\]/);
  });
});
