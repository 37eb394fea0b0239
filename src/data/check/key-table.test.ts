import { describe, expect, it } from 'vitest';
import { seeded } from '../../lib/random.ts';
import { KEY_WIDTH, KeyTable } from './key-table.ts';

describe('KeyTable', () => {
  it('finds every key it was given, with its first row, and no other, as a Map of the same keys does, across many growths', () => {
    const random = seeded(7);
    const table = new KeyTable();
    const map = new Map<string, { value: number; rest: number; file: number; line: number }>();
    // few distinct values per field, as in real keys: collisions of the hash are certain
    const draw = (): Int32Array => Int32Array.from({ length: KEY_WIDTH }, (_, i) => Math.floor(random() * [40, 2, 63, 3, 3, 400][i]!));
    for (let n = 0; n < 60_000; n++) {
      const key = draw();
      const name = key.join(',');
      const entry = table.find(key);
      const known = map.get(name);
      if (known === undefined) {
        expect(entry).toBe(-1);
        const first = { value: random() * 1000, rest: (random() * 2 ** 32) >>> 0, file: n % 5, line: n + 2 };
        expect(table.add(key, first)).toBe(map.size);
        map.set(name, first);
      } else {
        expect(table.first(entry)).toEqual(known);
      }
    }
    expect(table.size).toBe(map.size);
    expect(map.size).toBeGreaterThan(30_000);
    for (const [name, first] of map) expect(table.first(table.find(name.split(',').map(Number)))).toEqual(first);
    expect(table.find([39, 1, 62, 2, 2, 400])).toBe(-1);
  });

  it('keeps large ids and a float value exactly', () => {
    const table = new KeyTable();
    const key = [2 ** 31 - 1, 0, 1, 2 ** 20, 5, 123_456];
    table.add(key, { value: 0.1 + 0.2, rest: 2 ** 32 - 1, file: 3, line: 2 ** 31 - 1 });
    expect(table.first(table.find(key))).toEqual({ value: 0.1 + 0.2, rest: 2 ** 32 - 1, file: 3, line: 2 ** 31 - 1 });
  });
});
