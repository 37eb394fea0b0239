/**
 * SVG snapshots for chart and map tests (after Plot's test/output): the SVG is normalised (ids
 * renumbered, numbers rounded to 2 decimals, one element per line) and compared with
 * `__snapshots__/NAME.svg`. A mismatch writes `NAME-changed.svg` beside it; a missing snapshot is
 * created, except under CI where it is a failure.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Makes SVG text stable across runs and platforms. */
export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  const rename = (id: string): string => {
    if (!ids.has(id)) ids.set(id, `id${ids.size + 1}`);
    return ids.get(id) as string;
  };
  let out = svg.replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${rename(id)}"`);
  out = out.replace(/(url\(#|href="#)([^)"]+)/g, (_, pre: string, id: string) => `${pre}${rename(id)}`);
  // round numbers in attribute values, where floating-point noise lives
  out = out.replace(/="([^"]*)"/g, (_, value: string) => `="${value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100))}"`);
  return out.replace(/></g, '>\n<').trim() + '\n';
}

export interface SnapshotResult {
  ok: boolean;
  message: string;
}

/** Compares `svg` with the stored snapshot `name` in `dir`; see the module comment for the rules. */
export function checkSnapshot(dir: string, name: string, svg: string, env: { CI?: string } = process.env): SnapshotResult {
  const file = join(dir, '__snapshots__', `${name}.svg`);
  const changed = join(dir, '__snapshots__', `${name}-changed.svg`);
  const actual = normaliseSvg(svg);
  if (!existsSync(file)) {
    if (env.CI) return { ok: false, message: `missing snapshot ${file} (not created under CI)` };
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return { ok: true, message: `created ${file}` };
  }
  const expected = readFileSync(file, 'utf8');
  if (expected === actual) {
    if (existsSync(changed)) rmSync(changed);
    return { ok: true, message: 'same' };
  }
  writeFileSync(changed, actual);
  return { ok: false, message: `snapshot ${name} changed: compare ${file} with ${changed}` };
}
