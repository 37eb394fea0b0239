/**
 * Checks a baked data package against its own CSV files, as a Frictionless validator would for
 * what the descriptor declares: each resource's header is its fields in order; values of typed
 * fields parse; coded fields hold only their allowed values; a primary key is never missing and
 * unique; each foreign key's values exist in the table it references. The files are read by
 * DuckDB (every cell as text, the empty cell missing).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDb } from '../db.ts';

interface Field { name: string; type: string; constraints?: { enum?: string[] } }
interface Resource {
  name: string;
  path: string;
  encoding: string;
  schema: { fields: Field[]; primaryKey?: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] };
}

const CAST: Record<string, string> = { number: 'DOUBLE', integer: 'BIGINT', date: 'DATE', boolean: 'BOOLEAN' };
const id = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const text = (value: string): string => `'${value.replaceAll("'", "''")}'`;

/**
 * @param dir the folder holding datapackage.json and its CSV files
 * @returns one line per problem ("observations: primary key file, line: 2 rows share one"), none when it validates
 */
export async function validatePackage(dir: string): Promise<string[]> {
  const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { resources: Resource[] };
  const problems: string[] = [];
  const db = await openDb(':memory:');
  try {
    for (const r of pkg.resources) {
      if (r.encoding !== 'utf-8') problems.push(`${r.name}: encoding ${r.encoding}, not utf-8`);
      const header = readFileSync(join(dir, r.path), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
      const names = r.schema.fields.map((f) => f.name);
      if (header !== names.join(',')) problems.push(`${r.name}: header ${header} is not the fields ${names.join(',')}`);
      await db.run(`CREATE TABLE ${id(r.name)} AS SELECT * FROM read_csv(${text(join(dir, r.path))}, header = true, all_varchar = true)`);
    }
    const isMissing = (expr: string): string => `(${expr} IS NULL OR ${expr} = '')`;
    const missing = (column: string): string => isMissing(id(column));
    const count = async (sql: string): Promise<number> => Number((await db.all<{ n: number | bigint }>(sql))[0]?.n ?? 0);
    for (const r of pkg.resources) {
      const t = id(r.name);
      for (const f of r.schema.fields) {
        const cast = CAST[f.type];
        if (cast) {
          const n = await count(`SELECT count(*) AS n FROM ${t} WHERE NOT ${missing(f.name)} AND TRY_CAST(${id(f.name)} AS ${cast}) IS NULL`);
          if (n > 0) problems.push(`${r.name}.${f.name}: ${n} values are not of type ${f.type}`);
        }
        const allowed = f.constraints?.enum;
        if (allowed) {
          const bad = await db.all<{ v: string }>(`SELECT DISTINCT ${id(f.name)} AS v FROM ${t} WHERE NOT ${missing(f.name)} AND ${id(f.name)} NOT IN (${allowed.map(text).join(', ')}) ORDER BY 1`);
          if (bad.length > 0) problems.push(`${r.name}.${f.name}: ${bad.map((b) => b.v).join(', ')} not among ${allowed.join(', ')}`);
        }
      }
      const key = r.schema.primaryKey;
      if (key) {
        const empty = await count(`SELECT count(*) AS n FROM ${t} WHERE ${key.map(missing).join(' OR ')}`);
        if (empty > 0) problems.push(`${r.name}: primary key ${key.join(', ')} missing in ${empty} rows`);
        const dup = await count(`SELECT count(*) AS n FROM (SELECT ${key.map(id).join(', ')} FROM ${t} GROUP BY ALL HAVING count(*) > 1)`);
        if (dup > 0) problems.push(`${r.name}: primary key ${key.join(', ')} shared by more than one row, ${dup} times`);
      }
      for (const k of r.schema.foreignKeys ?? []) {
        const on = k.fields.map((f, i) => `a.${id(f)} = b.${id(k.reference.fields[i] as string)}`).join(' AND ');
        const dangling = await db.all<{ v: string }>(`SELECT DISTINCT concat_ws(',', ${k.fields.map((f) => `a.${id(f)}`).join(', ')}) AS v FROM ${t} a
          WHERE NOT (${k.fields.map((f) => isMissing(`a.${id(f)}`)).join(' OR ')})
          AND NOT EXISTS (SELECT 1 FROM ${id(k.reference.resource)} b WHERE ${on}) ORDER BY 1 LIMIT 5`);
        if (dangling.length > 0) problems.push(`${r.name}: ${k.fields.join(', ')} → ${k.reference.resource}: ${dangling.map((d) => d.v).join('; ')} not found`);
      }
    }
  } finally {
    db.close();
  }
  return problems;
}
