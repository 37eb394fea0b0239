import { closeSync, openSync, writeSync } from 'node:fs';
import type { TableSpec } from './tables.ts';

/**
 * Writes `{"table": [{...}, ...], ...}` with the tables in the order given and each row's keys in
 * column order, streaming in chunks (a million rows would not fit in one string comfortably).
 */
export function writeJsonFile(path: string, tables: readonly TableSpec[], contents: Record<string, readonly object[]>): void {
  const fd = openSync(path, 'w');
  try {
    let chunk = '{';
    tables.forEach((spec, t) => {
      chunk += `${t ? ',' : ''}${JSON.stringify(spec.name)}:[`;
      const keys = spec.columns.map((c, i) => `${i ? ',' : '{'}${JSON.stringify(c.name)}:`);
      const names = spec.columns.map((c) => c.name);
      const numeric = spec.columns.map((c) => c.type === 'DOUBLE' || c.type === 'INTEGER');
      (contents[spec.name] ?? []).forEach((row, r) => {
        let text = r ? ',' : '';
        for (let i = 0; i < names.length; i++) {
          const value = (row as Record<string, unknown>)[names[i] as string] ?? null;
          // numbers need no escaping; String() of a finite double is valid JSON
          text += keys[i] + (numeric[i] && typeof value === 'number' && Number.isFinite(value) ? String(value) : JSON.stringify(value));
        }
        chunk += text + '}';
        if (chunk.length > 1 << 20) {
          writeSync(fd, chunk);
          chunk = '';
        }
      });
      chunk += ']';
    });
    writeSync(fd, chunk + '}\n');
  } finally {
    closeSync(fd);
  }
}
