/**
 * The "What's new" entries: one per commit that touched data/observations, each with the
 * changelog against the commit before it. Computed at build time; without git history the
 * result says so (`history: null`) and pages show "no history".
 */
import { compareFigures, figuresFromCsv } from './compare.ts';
import type { Group } from './compare.ts';
import { dataHistory, observationsAt } from './git.ts';

export interface Entry {
  hash: string;
  date: string;
  subject: string;
  groups: Group[];
  counts: { added: number; revised: number; withdrawn: number };
}

/**
 * Builds the entries, newest first.
 * @returns the entries, or null when there is no git history
 */
export function whatsNew(root: string, max = 20): Entry[] | null {
  const commits = dataHistory(root, max);
  if (commits === null || commits.length === 0) return null;
  const entries: Entry[] = [];
  for (const c of commits) {
    const after = figuresFromCsv(observationsAt(root, c.hash) ?? []);
    const before = figuresFromCsv(observationsAt(root, `${c.hash}^`) ?? []);
    const groups = compareFigures(before, after);
    const sum = (f: (g: Group) => number): number => groups.reduce((s, g) => s + f(g), 0);
    entries.push({
      ...c,
      groups,
      counts: { added: sum((g) => g.added.length), revised: sum((g) => g.revised.length), withdrawn: sum((g) => g.withdrawn.length) },
    });
  }
  return entries;
}
