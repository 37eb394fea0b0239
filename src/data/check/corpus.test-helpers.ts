/** Builds a data directory for one case of the checker corpus (test/fixtures/check/). */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CORPUS = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'check');

/** Files in a case folder that describe the case rather than override data files. */
const META = new Set(['expected.txt', 'deleted']);

/**
 * Copies the valid base, then the case's files over it, then deletes the files the case's
 * `deleted` lists.
 * @returns the temporary data directory
 */
export function materialize(caseName: string): string {
  const dir = mkdtempSync(join(tmpdir(), `check-${caseName}-`));
  cpSync(join(CORPUS, 'base'), dir, { recursive: true });
  if (caseName === 'base') return dir;
  const caseDir = join(CORPUS, caseName);
  for (const entry of readdirSync(caseDir)) {
    if (!META.has(entry)) cpSync(join(caseDir, entry), join(dir, entry), { recursive: true });
  }
  const deleted = join(caseDir, 'deleted');
  if (existsSync(deleted)) {
    for (const rel of readFileSync(deleted, 'utf8').split('\n').filter(Boolean)) rmSync(join(dir, rel));
  }
  return dir;
}

/** Every case folder except the base. */
export function caseNames(): string[] {
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'base')
    .map((d) => d.name)
    .sort();
}
