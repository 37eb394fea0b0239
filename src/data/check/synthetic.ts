/**
 * Writes a large synthetic data directory for benchmarking the checker (never into data/):
 * the corpus base's reference, indicators and sources, plus `n` generated observations with
 * unique keys, numerators/denominators and Vietnamese-written quotes.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from './corpus.test-helpers.ts';

const HEADER = 'indicator,vintage,geo,subunit,breakdown,period,value,qualifier,numerator,denominator,source,quote,note\n';

/**
 * Generates the directory.
 * @param dir where to write (created)
 * @param n number of observation rows
 * @param files how many observation files to spread them over
 */
export function writeSyntheticData(dir: string, n: number, files = 4): void {
  cpSync(join(CORPUS, 'base'), dir, { recursive: true });
  mkdirSync(join(dir, 'observations'), { recursive: true });
  const perFile = Math.ceil(n / files);
  let seed = 12345;
  // A fixed linear congruential generator: the same file every run.
  const rand = (m: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % m;
  };
  const geos = ['01', '02', '03'];
  let i = 0;
  for (let f = 0; f < files; f++) {
    const parts: string[] = [HEADER];
    for (let k = 0; k < perFile && i < n; k++, i++) {
      const geo = geos[i % 3]!;
      const sub = `Đơn vị thử ${Math.floor(i / 3)}`;
      const year = 2018 + (i % 7);
      if (i % 2 === 0) {
        const den = 100 + rand(900);
        const num = rand(den + 1);
        const v = Math.round((num / den) * 1000) / 10;
        const vi = String(v).replace('.', ',');
        parts.push(`test_rate,VN63,${geo},${sub},,${year},${v},,${num},${den},test-source-a,"đạt ${num}/${den}, tức ${vi}%",\n`);
      } else {
        const v = rand(2_000_000);
        const vi = v.toLocaleString('de-DE');
        parts.push(`test_count,VN63,${geo},${sub},,${year}-Q${1 + (i % 4)},${v},at_least,,,test-source-b,"đã có hơn ${vi} hồ sơ",ghi chú\n`);
      }
    }
    writeFileSync(join(dir, 'observations', `synthetic-${f}.csv`), parts.join(''));
  }
}

if (import.meta.main) {
  const [dir, n] = process.argv.slice(2);
  if (dir === undefined) throw new Error('usage: node src/data/check/synthetic.ts DIR [N]');
  writeSyntheticData(dir, Number(n ?? 1_000_000));
}
