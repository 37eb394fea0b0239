import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces directory `target` by a freshly written one, so that an interrupted run (kill -9
 * at any moment) leaves the previous output whole. The new content is written by `write` into a
 * sibling temporary directory; then the old directory is moved aside, the new one renamed into
 * place, and the old one removed. `recover` puts a moved-aside directory back if a run died
 * between the two renames.
 */
export async function replaceDirectory(target: string, write: (tmp: string) => Promise<void>): Promise<void> {
  recoverDirectory(target);
  const tmp = `${target}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    await write(tmp);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(tmp, target);
  rmSync(old, { recursive: true, force: true });
}

/** Restores `target` from a moved-aside copy left by a killed run, and drops stale temporaries. */
export function recoverDirectory(target: string): void {
  const parent = dirname(target);
  if (!existsSync(parent)) return;
  const name = basename(target);
  const leftovers = readdirSync(parent).filter((f) => f.startsWith(`${name}.old-`) || f.startsWith(`${name}.tmp-`));
  for (const f of leftovers.filter((f) => f.startsWith(`${name}.old-`))) {
    if (!existsSync(target)) renameSync(join(parent, f), target);
    else rmSync(join(parent, f), { recursive: true, force: true });
  }
  for (const f of leftovers.filter((f) => f.startsWith(`${name}.tmp-`))) {
    const pid = Number(f.slice(`${name}.tmp-`.length));
    if (!isAlive(pid)) rmSync(join(parent, f), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return pid === process.pid;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
