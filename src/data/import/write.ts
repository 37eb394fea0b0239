/**
 * Writes an import's files into data/ only if the result passes the checker, and atomically:
 * the new files are first written beside a linked copy of data/ in a temporary directory,
 * checkData runs there, and only then is each file renamed into place. A run killed at any
 * moment leaves every file of data/ either as it was or as it should be, never half-written,
 * and leaves nothing behind in data/ (the temporary directory is outside it).
 */
import { copyFile, mkdir, readdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { scratchDir } from './scratch.ts';
import { checkData, formatProblem } from '../check/index.ts';
import type { Problem } from './problems.ts';
import { ImportFailure } from './problems.ts';

/**
 * A file of the data directory as an import would leave it: its whole text (small reference
 * files), or a file already written elsewhere, outside data/ (an observations file streamed row
 * by row), which is then moved in.
 */
export type FileChange =
  | {
      /** path inside the data directory, e.g. `observations/papi-2018.csv` */
      path: string;
      text: string;
    }
  | {
      path: string;
      /** absolute path of the written file */
      file: string;
    };

export interface CommitResult {
  /** problems data/ already had before the import (not caused by it) */
  preexisting: Problem[];
}

/** What the checker says of the data directory as it would be after some changes. */
export interface CheckedChanges {
  /** problems data/ already had before the changes */
  before: Problem[];
  /** problems the changes would bring */
  fresh: Problem[];
}

/**
 * Runs the whole checker over the data directory as it would be after `changes`, in a staged
 * copy (data/ itself is not touched); `then` runs while the staged files exist, e.g. to move them in.
 */
export async function checkChanges(
  dir: string,
  changes: readonly FileChange[],
  displayRoot: string,
  then: (staged: string, checked: CheckedChanges) => Promise<void> = async () => undefined,
): Promise<CheckedChanges> {
  const dataDir = resolve(dir);
  const before = await checkData(dataDir, { displayRoot });
  const known = new Set(before.problems.map(formatProblem));
  const stage = await scratchDir('stage');
  try {
    const staged = join(stage, 'data');
    await linkTree(dataDir, staged, new Set(changes.map((c) => c.path)));
    for (const c of changes) {
      await mkdir(dirname(join(staged, c.path)), { recursive: true });
      if ('text' in c) await writeFile(join(staged, c.path), c.text);
      else await symlink(c.file, join(staged, c.path));
    }
    const after = await checkData(staged, { displayRoot });
    const checked = { before: before.problems, fresh: after.problems.filter((p) => !known.has(formatProblem(p))) };
    await then(staged, checked);
    return checked;
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

/**
 * Checks the data directory as it would be after `changes`, then renames the files into place.
 * @param displayRoot how problems name the data directory (e.g. `data`)
 * @throws ImportFailure with the problems the changes would introduce; nothing is written then
 */
export async function commitChanges(dir: string, changes: readonly FileChange[], displayRoot: string): Promise<CommitResult> {
  const dataDir = resolve(dir);
  const { before } = await checkChanges(dataDir, changes, displayRoot, async (staged, { fresh }) => {
    if (fresh.length > 0) throw new ImportFailure(fresh);
    // Reference files first: an observations file never needs an alias, but a --map alias
    // without its rows is harmless.
    for (const c of changes) await moveInto('text' in c ? join(staged, c.path) : c.file, join(dataDir, c.path));
  });
  return { preexisting: before };
}

/** Mirrors a directory with symbolic links (fast even for large files), except `skip`. */
async function linkTree(from: string, to: string, skip: ReadonlySet<string>, prefix = ''): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const e of await readdir(from, { withFileTypes: true })) {
    const rel = prefix === '' ? e.name : `${prefix}/${e.name}`;
    if (e.isDirectory()) await linkTree(join(from, e.name), join(to, e.name), skip, rel);
    else if (!skip.has(rel)) await symlink(join(from, e.name), join(to, e.name));
  }
}

async function moveInto(src: string, dest: string): Promise<void> {
  await mkdir(dirname(dest), { recursive: true });
  try {
    await rename(src, dest);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    // Another file system: copy beside the target, then rename there (still atomic).
    const tmp = join(dirname(dest), `.${basename(dest)}.import-${process.pid}`);
    await copyFile(src, tmp);
    await rename(tmp, dest);
  }
}
