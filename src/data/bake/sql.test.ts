import { describe, expect, it } from 'vitest';
import { openDb } from '../db.ts';
import { neutralizeSql, neutralizeText, restoreSql, restoreText } from '../../lib/csv/formula.ts';
import { jsNumberSql, sqlString } from './sql.ts';

describe('jsNumberSql', () => {
  it('writes every DOUBLE as String() does', async () => {
    const values = [
      0, -0, 1, -1, 9000, 62.5, -3, 0.1, 0.2 + 0.1, 1 / 3, 2.675, 123456789012.5, 1e15, 1e16, 1.5e16, 123456789012345680,
      1e20, 1e21, 1.5e300, -1.5e300, 0.001, 0.0001, 0.00001, 0.0000123, -0.0000123, 0.000001, 0.0000001, 1.23e-7, 5e-324,
      Number.MAX_VALUE, 99.99, 100, 0.5, 1e-5 * 3,
    ];
    const db = await openDb(':memory:');
    try {
      const rows = await db.all<{ i: number; s: string }>(
        `SELECT i, ${jsNumberSql('x')} AS s FROM (VALUES ${values.map((v, i) => `(${i}, ${String(v)}::DOUBLE)`).join(', ')}) t(i, x) ORDER BY i`,
      );
      expect(rows.map((r) => r.s)).toEqual(values.map((v) => String(v)));
      expect(await db.all(`SELECT ${jsNumberSql('NULL::DOUBLE')} AS s`)).toEqual([{ s: null }]);
    } finally {
      db.close();
    }
  });
});

describe('neutralizeSql and restoreSql', () => {
  it('neutralise and restore every text as neutralizeText and restoreText do', async () => {
    const texts = ['=HYPERLINK("http://x","100%")', '+1', '-3', '@SUM(A1)', '\tx', '\rx', "'=x", "''-3", "'plain", 'plain', '', '-', "'", 'Hà Nội', 'a=b', ' =x', '62,5%'];
    const db = await openDb(':memory:');
    try {
      const values = texts.map((t, i) => `(${i}, ${sqlString(t)})`).join(', ');
      const rows = await db.all<{ n: string; r: string }>(`SELECT ${neutralizeSql('x')} AS n, ${restoreSql(neutralizeSql('x'))} AS r FROM (VALUES ${values}) t(i, x) ORDER BY i`);
      expect(rows.map((r) => r.n)).toEqual(texts.map(neutralizeText));
      expect(rows.map((r) => r.r)).toEqual(texts.map((t) => restoreText(neutralizeText(t))));
    } finally {
      db.close();
    }
  });
});
