import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasKey } from '../../i18n/dict.ts';
import { breakdownLabel } from './breakdown.ts';

const DATA = resolve(import.meta.dirname, '../../../data/observations');

describe('breakdownLabel', () => {
  it('words a token in each language', () => {
    expect(breakdownLabel('received', 'vi')).toBe('văn bản nhận');
    expect(breakdownLabel('received', 'en')).toBe('received');
    expect(breakdownLabel('previous_year', 'vi')).toBe('năm trước');
    expect(breakdownLabel('year_to_date', 'en')).toBe('year to date');
    expect(breakdownLabel('', 'en')).toBe('');
  });
  it('has a label in both languages for every token used in data/', () => {
    const tokens = new Set<string>();
    for (const f of readdirSync(DATA)) {
      const lines = readFileSync(join(DATA, f), 'utf8').split('\n').slice(1);
      for (const l of lines) {
        const m = /^[^,]*,[^,]*,[^,]*,("(?:[^"]|"")*"|[^,]*),([a-z0-9_]*),/.exec(l);
        if (m && m[2]) tokens.add(m[2]);
      }
    }
    expect(tokens.size).toBeGreaterThan(5);
    for (const token of tokens) expect(hasKey(`breakdown.${token}`), token).toBe(true);
  });
});
