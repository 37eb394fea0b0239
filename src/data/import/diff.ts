/**
 * What an import would change in one observations file: rows added, changed (old → new value),
 * removed and unchanged, by the key (indicator, vintage, geo, subunit, breakdown, period).
 */
import type { OutRow } from './rows.ts';
import { OBSERVATION_COLUMNS } from '../check/schema.ts';

/** The header of data/observations/*.csv (from the observations schema). */
export const OBSERVATION_HEADER = OBSERVATION_COLUMNS;

export interface Change {
  key: string;
  old: string[];
  new: string[];
}

export interface Diff {
  added: string[][];
  changed: Change[];
  removed: string[][];
  unchanged: number;
}

/**
 * The key of a row given as fields in column order.
 * @returns the six key fields joined
 */
export function rowKey(f: readonly string[]): string {
  return `${f[0]}|${f[1]}|${f[2]}|${f[3]}|${f[4]}|${f[5]}`;
}

/**
 * Fields of an output row in column order.
 * @returns the 14 fields
 */
export function rowFields(r: OutRow): string[] {
  return [r.indicator, r.vintage, r.geo, r.subunit, r.breakdown, r.period, r.value, r.qualifier, r.numerator, r.denominator, r.source, r.quote, r.note_vi, r.note_en];
}

/**
 * Compares the current rows of a file with the rows an import would write.
 * @returns the diff; a row is changed when any field differs
 */
export function diffRows(current: readonly (readonly string[])[], next: readonly (readonly string[])[]): Diff {
  const old = new Map<string, readonly string[]>();
  for (const f of current) old.set(rowKey(f), f);
  const added: string[][] = [];
  const changed: Change[] = [];
  let unchanged = 0;
  const kept = new Set<string>();
  for (const f of next) {
    const k = rowKey(f);
    kept.add(k);
    const o = old.get(k);
    if (o === undefined) added.push([...f]);
    else if (o.length === f.length && o.every((x, i) => x === f[i])) unchanged++;
    else changed.push({ key: k, old: [...o], new: [...f] });
  }
  const removed: string[][] = [];
  for (const [k, f] of old) if (!kept.has(k)) removed.push([...f]);
  return { added, changed, removed, unchanged };
}

/**
 * A short human summary of a diff, with up to `limit` lines per kind.
 * @returns Markdown-ish text
 */
export function formatDiff(d: Diff, limit = 10): string {
  const lines = [`added ${d.added.length}, changed ${d.changed.length}, removed ${d.removed.length}, unchanged ${d.unchanged}`];
  const show = (f: readonly string[]): string => `${f[0]} ${f[1]} ${f[2]}${f[3] ? ' ' + f[3] : ''}${f[4] ? ' ' + f[4] : ''} ${f[5]}`;
  for (const f of d.added.slice(0, limit)) lines.push(`  + ${show(f)} = ${f[6]}`);
  if (d.added.length > limit) lines.push(`  + … ${d.added.length - limit} more`);
  for (const c of d.changed.slice(0, limit)) {
    const what = c.old[6] !== c.new[6] ? `${c.old[6]} → ${c.new[6]}` : `${c.new[6]} (other fields changed)`;
    lines.push(`  ~ ${show(c.new)}: ${what}`);
  }
  if (d.changed.length > limit) lines.push(`  ~ … ${d.changed.length - limit} more`);
  for (const f of d.removed.slice(0, limit)) lines.push(`  - ${show(f)} = ${f[6]}`);
  if (d.removed.length > limit) lines.push(`  - … ${d.removed.length - limit} more`);
  return lines.join('\n');
}
