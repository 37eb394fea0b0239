/**
 * The import's scratch folders in the OS temporary directory: the new observations file before it
 * is checked (`out`), and the staged copy of data/ the checker reads (`stage`). Each is removed
 * when its step ends; a run killed mid-way (kill -9, a closed terminal) cannot, so each name
 * carries its process id and the next import removes those whose process is gone (a 1M-row
 * import leaves ~100 MB).
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PREFIX = 'data-import-';
const NAME = /^data-import-(?:out|stage)-(\d+)-/;

/** A new scratch folder of this process. */
export function scratchDir(kind: 'out' | 'stage', root: string = tmpdir()): Promise<string> {
  return mkdtemp(join(root, `${PREFIX}${kind}-${process.pid}-`));
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, under another user
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the scratch folders whose process has ended.
 * @returns the names removed
 */
export async function sweepScratch(root: string = tmpdir()): Promise<string[]> {
  const names = await readdir(root).catch(() => [] as string[]);
  const stale = names.filter((name) => {
    const pid = Number(NAME.exec(name)?.[1] ?? NaN);
    return Number.isInteger(pid) && pid !== process.pid && !running(pid);
  });
  await Promise.all(stale.map((name) => rm(join(root, name), { recursive: true, force: true })));
  return stale;
}
