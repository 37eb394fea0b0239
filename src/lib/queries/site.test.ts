import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../data/db.ts';
import { eventsQuery, figuresQuery, indicatorsQuery, mediansQuery, nationalAndSubunitQuery, observationsQuery, unitsQuery } from './site.ts';
import { syntheticDatabase } from '../../../test/fixtures/synthetic-db.ts';

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

  it('carries the bases of ranks and medians, the derivation method, and the units of the map', async () => {
    const q = figuresQuery({ indicator: 'share' });
    const rows = await db.all<{ geo: string; vintage: string; derived: boolean; derived_method: string | null; rank_basis: string | null; rank_approx: boolean | null; median_basis: string | null; median_units: number | null }>(q.sql, q.params);
    const at = (v: string, g: string) => rows.find((r) => r.vintage === v && r.geo === g)!;
    expect(at('VN63', '03')).toMatchObject({ derived_method: null, rank_basis: 'complete', rank_approx: true, median_basis: 'complete', median_units: 3 });
    expect(at('VN63', '01')).toMatchObject({ rank_approx: false });
    expect(at('VN34', '02')).toMatchObject({ derived: true, derived_method: 'ratio', rank_basis: null, median_basis: null });
  });

  it('lists the national and sub-unit figures of an indicator, national first', async () => {
    const q = nationalAndSubunitQuery('share');
    const rows = await db.all<{ geo: string; subunit: string; value: number }>(q.sql, q.params);
    expect(rows.map((r) => [r.geo, r.subunit, r.value])).toEqual([['VN', '', 25], ['02', 'Sở A', 40]]);
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
    expect((await db.all(obs.sql, obs.params)).length).toBe(5);
  });
});
