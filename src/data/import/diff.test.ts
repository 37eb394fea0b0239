import { describe, expect, it } from 'vitest';
import { DIFF_EXAMPLES, diffRows, formatDiff, unchanged } from './diff.ts';

/** An observations row: indicator, vintage, geo, subunit, breakdown, period, value, then eight empty fields. */
const row = (geo: string, period: string, value: string): string[] => ['test_count_a', 'VN63', geo, '', '', period, value, '', '', '', 'test-source', '', '', ''];

describe('diffRows', () => {
  it('counts added, changed, removed and unchanged rows by key, old and new values beside', () => {
    const d = diffRows([row('01', '2023', '1'), row('02', '2023', '2'), row('04', '2023', '4')], [row('01', '2023', '1'), row('02', '2023', '5'), row('06', '2023', '6')]);
    expect([d.added, d.changed, d.removed, d.unchanged, unchanged(d)]).toEqual([1, 1, 1, 1, false]);
    expect(d.examples.changed).toEqual([{ key: 'test_count_a|VN63|02|||2023', old: row('02', '2023', '2'), new: row('02', '2023', '5') }]);
    expect(d.examples.added).toEqual([row('06', '2023', '6')]);
    expect(d.examples.removed).toEqual([row('04', '2023', '4')]);
    expect(unchanged(diffRows([row('01', '2023', '1')], [row('01', '2023', '1')]))).toBe(true);
  });

  it('keeps whole counts but only the first rows of each kind, and says how many more', () => {
    const n = DIFF_EXAMPLES + 15;
    const current = Array.from({ length: n }, (_, i) => row(String(i), '2022', '1'));
    const next = [...Array.from({ length: n }, (_, i) => row(String(i), '2022', '2')), ...Array.from({ length: n }, (_, i) => row(String(i), '2023', '1'))];
    const d = diffRows([...current, ...Array.from({ length: n }, (_, i) => row(String(i), '2021', '1'))], next);
    expect([d.added, d.changed, d.removed, d.unchanged]).toEqual([n, n, n, 0]);
    expect([d.examples.added.length, d.examples.changed.length, d.examples.removed.length]).toEqual([DIFF_EXAMPLES, DIFF_EXAMPLES, DIFF_EXAMPLES]);
    expect(d.examples.removed[0]).toEqual(row('0', '2021', '1'));
    const text = formatDiff(d, 10).split('\n');
    expect(text[0]).toBe(`added ${n}, changed ${n}, removed ${n}, unchanged 0`);
    expect(text).toContain(`  + … ${n - 10} more`);
    expect(text).toContain(`  ~ test_count_a VN63 0 2022: 1 → 2`);
    expect(text).toContain(`  - … ${n - 10} more`);
  });
});
