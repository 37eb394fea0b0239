/**
 * The observation files of data/ at a git revision, the working tree or the last bake, and the
 * history of commits that touched data/. Git is optional: without it (or outside a repository)
 * the functions say so instead of failing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Commit {
  hash: string;
  /** ISO date-time of the commit */
  date: string;
  subject: string;
}

function git(root: string, args: readonly string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

/**
 * The texts of data/observations/*.csv at a revision.
 * @returns the texts, or null when git or the revision is not available
 */
export function observationsAt(root: string, rev: string): string[] | null {
  const list = git(root, ['ls-tree', '-r', '--name-only', rev, '--', 'data/observations']);
  if (list === null) return null;
  const out: string[] = [];
  for (const path of list.split('\n').filter((p) => p.endsWith('.csv'))) {
    const text = git(root, ['show', `${rev}:${path}`]);
    if (text !== null) out.push(text);
  }
  return out;
}

/**
 * The texts of data/observations/*.csv in the working tree.
 * @returns the texts (none when the folder is missing)
 */
export function observationsNow(dataDir: string): string[] {
  const dir = join(dataDir, 'observations');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => n.endsWith('.csv')).sort().map((n) => readFileSync(join(dir, n), 'utf8'));
}

/**
 * The last bake's download public/data/egov-observations.csv.
 * @returns its text, or null when there is no bake
 */
export function lastBake(root: string): string | null {
  const p = join(root, 'public', 'data', 'egov-observations.csv');
  return existsSync(p) ? readFileSync(p, 'utf8') : null;
}

/**
 * Commits that touched data/observations, newest first.
 * @returns the commits, or null when there is no git history
 */
export function dataHistory(root: string, max = 50): Commit[] | null {
  const out = git(root, ['log', `-n${max}`, '--format=%H%x09%cI%x09%s', '--', 'data/observations']);
  if (out === null) return null;
  return out.split('\n').filter((l) => l !== '').map((l) => {
    const [hash = '', date = '', subject = ''] = l.split('\t');
    return { hash, date, subject };
  });
}
