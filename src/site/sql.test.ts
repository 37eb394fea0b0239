import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../data/db.ts';
import { eventsQuery, figuresQuery, indicatorsQuery, mediansQuery, observationsQuery, unitsQuery } from './sql.ts';
import { syntheticDatabase } from './synthetic.test-helpers.ts';

describe('query builders', () => {
  it('pass values as parameters, never in the SQL text', () => {
    const q = figuresQuery({ indicator: "x'; DROP TABLE figures; --", vintage: 'VN34', geo: '79' });
    expect(q.params).toEqual(["x'; DROP TABLE figures; --", 'VN34', '79']);
    expect(q.sql).not.toContain('DROP');
    expect(q.sql).toContain('f.indicator = $1 AND f.vintage = $2 AND f.geo = $3');
    expect(figuresQuery({ geo: '01' }).sql).toContain('f.geo = $1');
    expect(figuresQuery().sql).not.toContain('WHERE');
    expect(eventsQuery({ geo: '01' }).params).toEqual(['01']);
    expect(mediansQuery('a').params).toEqual(['a']);
  });
});

describe('query builders on a synthetic database with the contract schema', () => {
  let db: Db;
  beforeAll(async () => {
    db = await syntheticDatabase();
  });
  afterAll(() => db?.close());

  it('joins each figure to its rank and median', async () => {
    const q = figuresQuery({ indicator: 'share', vintage: 'VN63' });
    const rows = await db.all<{ geo: string; value: number; rank: number | null; median: number | null; rank_n: number | null }>(q.sql, q.params);
    const provinces = rows.filter((r) => r.geo !== 'VN');
    expect(provinces).toHaveLength(3);
    const best = provinces.reduce((a, b) => (a.value > b.value ? a : b));
    expect(best.rank).toBe(1);
    expect(provinces.every((r) => r.rank_n === 3 && r.median === 20)).toBe(true);
    expect(rows.find((r) => r.geo === 'VN')?.rank).toBeNull();
  });

  it('counts figures per vintage for each indicator', async () => {
    const q = indicatorsQuery();
    const rows = await db.all<{ id: string; n_vn63: number; n_vn34: number; n_national: number }>(q.sql, q.params);
    expect(rows.find((r) => r.id === 'share')).toMatchObject({ n_vn63: 3, n_vn34: 1, n_national: 1 });
  });

  it('lists units, events and observations with filters', async () => {
    const units = await db.all(unitsQuery().sql);
    expect(units).toHaveLength(5);
    const ev = eventsQuery({ vintage: 'VN63', geo: '02' });
    expect(await db.all(ev.sql, ev.params)).toHaveLength(1);
    const obs = observationsQuery({ source: 's1' });
    expect((await db.all(obs.sql, obs.params)).length).toBe(4);
  });
});
