import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OBSERVATION_COLUMNS } from '../check/schema.ts';
import { openDb } from '../db.ts';
import { loadObservations } from './observations-load.ts';

const work = mkdtempSync(join(tmpdir(), 'bake-load-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const HEADER = `${OBSERVATION_COLUMNS.join(',')}\n`;
const row = (n: number, note: string): string => `i,VN63,01,,,2019,${n},,,,s,q,${note},\n`;

async function load(files: { name: string; text: string; shifts: [number, number][] }[]): Promise<Record<string, unknown>[]> {
  const db = await openDb(':memory:');
  try {
    const list = files.map((f) => {
      const path = join(work, f.name);
      writeFileSync(path, f.text);
      return { path, file: `data/observations/${f.name}`, rows: f.text.split('\n').length - 2 - f.shifts.reduce((n, s) => Math.max(n, s[1]), 0), shifts: f.shifts };
    });
    await loadObservations(db, { files: list, periods: [{ text: '2019', start: '2019-01-01', end: '2019-12-31' }], count: list.reduce((n, f) => n + f.rows, 0) }, join(work, `stage-${files[0]?.name}.duckdb`));
    return await db.all('SELECT file, line, value, note_vi, note_en, subunit, period_start FROM observations ORDER BY file, line');
  } finally {
    db.close();
  }
}

describe('loading the observation files', () => {
  it('gives each row its file and line, also after quoted line breaks, with text as the checker reads it', async () => {
    const text = HEADER + row(1, 'a') + row(2, '"two\r\nlines"') + row(3, '"three\nmore\nlines"') + row(4, 'd');
    const rows = await load([{ name: 'a.csv', text, shifts: [[2, 1], [3, 3]] }, { name: 'b.csv', text: HEADER + row(5, 'e'), shifts: [] }]);
    expect(rows).toEqual([
      { file: 'data/observations/a.csv', line: 2, value: 1, note_vi: 'a', note_en: '', subunit: '', period_start: '2019-01-01' },
      { file: 'data/observations/a.csv', line: 3, value: 2, note_vi: 'two\nlines', note_en: '', subunit: '', period_start: '2019-01-01' },
      { file: 'data/observations/a.csv', line: 5, value: 3, note_vi: 'three\nmore\nlines', note_en: '', subunit: '', period_start: '2019-01-01' },
      { file: 'data/observations/a.csv', line: 8, value: 4, note_vi: 'd', note_en: '', subunit: '', period_start: '2019-01-01' },
      { file: 'data/observations/b.csv', line: 2, value: 5, note_vi: 'e', note_en: '', subunit: '', period_start: '2019-01-01' },
    ]);
  });

  it('numbers the lines of a large file in file order (DuckDB reads it in parallel)', async () => {
    let text = HEADER;
    for (let line = 2; line < 300_002; line++) text += row(line, String(line));
    const rows = await load([{ name: 'big.csv', text, shifts: [] }]);
    expect(rows).toHaveLength(300_000);
    expect(rows.filter((r) => String(r.line) !== r.note_vi)).toEqual([]);
  });
});
