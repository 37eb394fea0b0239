/**
 * What an import would change in one observations file: rows added, changed (old → new value),
 * removed and unchanged, by the key (indicator, vintage, geo, subunit, breakdown, period).
 * Counted row by row as the import writes (DiffCounter), so a file of a million rows is never
 * held twice: the diff keeps counts and the first few rows of each kind, for the report.
 */
import type { OutRow } from './rows.ts';
import { OBSERVATION_COLUMNS } from '../check/schema.ts';

/** The header of data/observations/*.csv (from the observations schema). */
export const OBSERVATION_HEADER = OBSERVATION_COLUMNS;

/** How many rows of each kind a diff keeps to show (the counts are always whole). */
export const DIFF_EXAMPLES = 20;

/** Joins a row's fields for comparison: NUL, which the CSV reader refuses in any field (lib/csv/records.ts). */
const SEPARATOR = '\u0000';

export interface Change {
  key: string;
  old: string[];
  new: string[];
}

export interface Diff {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  /** the first {@link DIFF_EXAMPLES} rows of each kind, in file order */
  examples: { added: string[][]; changed: Change[]; removed: string[][] };
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
 * Counts a diff as the next rows arrive: the current file's rows are given first (`current`),
 * then each next row once (`next`), then `finish` counts the current rows no next row kept.
 */
export class DiffCounter {
  /** key → the current row's fields joined by NUL (one string a row, a third of an array's memory) */
  private readonly old = new Map<string, string>();
  private readonly diff: Diff = { added: 0, changed: 0, removed: 0, unchanged: 0, examples: { added: [], changed: [], removed: [] } };

  /** A row of the file as it is. */
  current(fields: readonly string[]): void {
    this.old.set(rowKey(fields), fields.join(SEPARATOR));
  }

  /** A row the import writes. */
  next(fields: readonly string[]): void {
    const key = rowKey(fields);
    const old = this.old.get(key);
    const { diff } = this;
    if (old === undefined) {
      if (diff.added++ < DIFF_EXAMPLES) diff.examples.added.push([...fields]);
      return;
    }
    this.old.delete(key);
    if (old === fields.join(SEPARATOR)) diff.unchanged++;
    else if (diff.changed++ < DIFF_EXAMPLES) diff.examples.changed.push({ key, old: old.split(SEPARATOR), new: [...fields] });
  }

  /** The diff, once every next row has been given. */
  finish(): Diff {
    for (const joined of this.old.values()) {
      if (this.diff.removed++ < DIFF_EXAMPLES) this.diff.examples.removed.push(joined.split(SEPARATOR));
    }
    this.old.clear();
    return this.diff;
  }
}

/**
 * Compares the current rows of a file with the rows an import would write.
 * @returns the diff; a row is changed when any field differs
 */
export function diffRows(current: readonly (readonly string[])[], next: readonly (readonly string[])[]): Diff {
  const counter = new DiffCounter();
  for (const f of current) counter.current(f);
  for (const f of next) counter.next(f);
  return counter.finish();
}

/** True when the import changes no row of the file. */
export function unchanged(d: Diff): boolean {
  return d.added === 0 && d.changed === 0 && d.removed === 0;
}

/**
 * A short human summary of a diff, with up to `limit` lines per kind.
 * @returns Markdown-ish text
 */
export function formatDiff(d: Diff, limit = 10): string {
  const lines = [`added ${d.added}, changed ${d.changed}, removed ${d.removed}, unchanged ${d.unchanged}`];
  const show = (f: readonly string[]): string => `${f[0]} ${f[1]} ${f[2]}${f[3] ? ' ' + f[3] : ''}${f[4] ? ' ' + f[4] : ''} ${f[5]}`;
  const { examples } = d;
  const more = (sign: string, count: number, shown: number): void => {
    if (count > shown) lines.push(`  ${sign} … ${count - shown} more`);
  };
  const added = examples.added.slice(0, limit);
  for (const f of added) lines.push(`  + ${show(f)} = ${f[6]}`);
  more('+', d.added, added.length);
  const changed = examples.changed.slice(0, limit);
  for (const c of changed) {
    const what = c.old[6] !== c.new[6] ? `${c.old[6]} → ${c.new[6]}` : `${c.new[6]} (other fields changed)`;
    lines.push(`  ~ ${show(c.new)}: ${what}`);
  }
  more('~', d.changed, changed.length);
  const removed = examples.removed.slice(0, limit);
  for (const f of removed) lines.push(`  - ${show(f)} = ${f[6]}`);
  more('-', d.removed, removed.length);
  return lines.join('\n');
}
