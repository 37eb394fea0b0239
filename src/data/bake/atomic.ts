import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

/**
 * Replaces the output at `target` (e.g. `public/data`) by a freshly written one, so that a reader
 * never sees a moment without a complete output and an interrupted run (kill -9 at any moment)
 * leaves the previous output whole.
 *
 * `target` is a symbolic link to a versioned directory (`data.v-<time>-<pid>`) in `versions`
 * (default: beside `target`; the bake keeps public/data's versions out of public/, which Astro
 * copies whole, in `.bake-data/`). The new
 * content is written by `write` into a new versioned directory; then a new link to it is made
 * beside `target` and renamed over it — one rename(2), atomic on POSIX — and the previous
 * version is removed. A `target` that is still a plain directory (from before this scheme) is
 * turned into a version and linked first; that one migration has a gap of one rename.
 */
export async function replaceDirectory(target: string, write: (tmp: string) => Promise<void>, versions = dirname(target)): Promise<void> {
  recoverDirectory(target, versions);
  const parent = dirname(target);
  const name = basename(target);
  mkdirSync(parent, { recursive: true });
  mkdirSync(versions, { recursive: true });
  let stamp = Date.now();
  while (existsSync(join(versions, `${name}.v-${stamp}-${process.pid}`))) stamp++;
  const version = `${name}.v-${stamp}-${process.pid}`;
  const dir = join(versions, version);
  mkdirSync(dir);
  try {
    await write(dir);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const previous = currentVersion(target);
  if (isPlainDirectory(target)) renameSync(target, join(parent, `${name}.v-0-legacy`));
  const link = join(parent, `${name}.link-${process.pid}`);
  rmSync(link, { force: true });
  symlinkSync(relative(parent, dir), link, 'dir');
  renameSync(link, target);
  if (previous !== null && previous !== version) rmSync(join(versions, previous), { recursive: true, force: true });
  removeStale(target, versions);
}

/** The name of the version directory `target` links to, or null when it is no link. */
function currentVersion(target: string): string | null {
  try {
    return lstatSync(target).isSymbolicLink() ? basename(readlinkSync(target)) : null;
  } catch {
    return null;
  }
}

function isPlainDirectory(path: string): boolean {
  try {
    const stat = lstatSync(path);
    return stat.isDirectory() && !stat.isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Repairs what a killed run may have left: a `target` missing while a moved-aside legacy copy
 * exists (older scheme), and version directories or links of dead runs that `target` does not
 * point to. The version `target` points to is never touched.
 */
export function recoverDirectory(target: string, versions = dirname(target)): void {
  const parent = dirname(target);
  if (!existsSync(parent)) return;
  const name = basename(target);
  // the older two-rename scheme: `target.old-PID` moved aside, new one never renamed in
  for (const f of readdirSync(parent).filter((f) => f.startsWith(`${name}.old-`))) {
    if (!existsSync(target)) renameSync(join(parent, f), target);
    else rmSync(join(parent, f), { recursive: true, force: true });
  }
  // killed between moving a plain directory aside as a version and linking the new one
  const legacy = join(parent, `${name}.v-0-legacy`);
  if (!existsSync(target) && existsSync(legacy)) renameSync(legacy, target);
  removeStale(target, versions);
}

/** Removes what dead runs left beside `target` and in `versions`, never the version `target` links to. */
function removeStale(target: string, versions: string): void {
  const name = basename(target);
  const current = currentVersion(target);
  for (const dir of new Set([dirname(target), versions])) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) {
      if (f === current) continue;
      const owner = ownerPid(f, name);
      if (owner !== null && !isAlive(owner)) rmSync(join(dir, f), { recursive: true, force: true });
    }
  }
}

/** The pid of the run that made a sibling (`name.tmp-PID`, `name.link-PID`, `name.v-TIME-PID`), `0` for a legacy version. */
function ownerPid(file: string, name: string): number | null {
  if (file === `${name}.v-0-legacy`) return 0;
  const m = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:tmp-|link-|v-\\d+-)(\\d+)$`).exec(file);
  return m ? Number(m[1]) : null;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
