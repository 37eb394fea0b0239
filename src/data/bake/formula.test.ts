import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../db.ts';
import { dataset, indicator, obs } from './fixture.test-helpers.ts';
import { bake } from './index.ts';

const work = mkdtempSync(join(tmpdir(), 'bake-formula-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the bake against formula injection', () => {
  it('neutralises text cells in the CSV downloads, keeps numbers, and keeps the database verbatim', async () => {
    const out = join(work, 'out');
    const quote = '=HYPERLINK("http://example.invalid","100%")';
    await bake(
      dataset(
        [obs('delta', '35', -3, { quote, note_vi: "'-already" }), obs('delta', '36', 4, { quote: '@4', note_vi: '\ttab' })],
        [indicator('delta', { direction: 'neutral' })],
      ),
      out,
    );
    const csv = readFileSync(join(out, 'egov-observations.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid"",""100%"")"`);
    expect(csv).toContain(",-3,");
    expect(csv).toContain("''-already");
    expect(csv).toContain(",'@4,");
    expect(csv).not.toMatch(/,=|,@|,\t/);
    const db = await openDb(join(out, 'egov.duckdb'), { readOnly: true });
    try {
      const rows = await db.all('SELECT value, quote, note_vi FROM observations ORDER BY geo');
      expect(rows).toEqual([
        { value: -3, quote, note_vi: "'-already" },
        { value: 4, quote: '@4', note_vi: '\ttab' },
      ]);
    } finally {
      db.close();
    }
  });
});
