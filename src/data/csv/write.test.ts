import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvText } from '../../lib/csv/write.ts';
import { CsvFileWriter, fileSha256 } from './write.ts';

const dir = mkdtempSync(join(tmpdir(), 'csv-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Records that need quoting, Vietnamese text, and enough of them to fill the 1 MB buffer several times. */
const records = Array.from({ length: 100_000 }, (_, i) => [`Tỉnh thử ${i}`, i * 1.5, i % 7 === 0 ? 'có "ngoặc", dấu phẩy\nvà xuống dòng' : '', null]);

describe('CsvFileWriter', () => {
  it('writes, record by record, the bytes csvText makes of the whole table, and their SHA-256', async () => {
    for (const options of [{}, { bom: true, eol: '\r\n' as const }]) {
      const path = join(dir, `t${options.bom ? '-bom' : ''}.csv`);
      const writer = new CsvFileWriter(path, options);
      for (const r of records) writer.record(r);
      const sha = writer.close();
      const bytes = readFileSync(path);
      expect(bytes.length).toBeGreaterThan(3 << 20);
      expect(bytes.equals(Buffer.from(csvText(records, options), 'utf8'))).toBe(true);
      expect(sha).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(await fileSha256(path)).toBe(sha);
      expect(writer.records).toBe(records.length);
    }
  });

  it('writes a record longer than its buffer whole, and closing twice changes nothing', () => {
    const path = join(dir, 'long.csv');
    const writer = new CsvFileWriter(path);
    const long = 'ễ'.repeat(600_000);
    writer.record(['a', 'b']);
    writer.record([long, 'c']);
    const sha = writer.close();
    expect(writer.close()).toBe(sha);
    expect(readFileSync(path, 'utf8')).toBe(`a,b\n${long},c\n`);
  });
});
