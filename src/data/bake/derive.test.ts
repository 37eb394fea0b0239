import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CrosswalkRow, IndicatorRow, Observation, Qualifier } from '../../lib/types.ts';
import { checkData } from '../check/index.ts';
import { openDb } from '../db.ts';
import { deriveVn34 } from './derive-js.test-helpers.ts';
import { createDerived } from './derive.ts';
import { CROSSWALK, indicator, obs } from './fixture.test-helpers.ts';
import { sqlName } from './sql.ts';
import { table } from './tables.ts';

/** The `derived` table's rows, by the bake's SQL, for these rows of its three input tables. */
async function derive(observations: readonly Observation[], indicators: readonly IndicatorRow[], crosswalk: readonly CrosswalkRow[] = CROSSWALK): Promise<Record<string, unknown>[]> {
  const db = await openDb(':memory:');
  try {
    for (const [name, rows] of [['observations', observations], ['indicators', indicators], ['crosswalk', crosswalk]] as const) {
      const spec = table(name);
      await db.run(`CREATE TABLE ${name} (${spec.columns.map((c) => `${sqlName(c.name)} ${c.type}`).join(', ')})`);
      const width = spec.columns.length;
      for (let i = 0; i < rows.length; i += 200) {
        const batch = rows.slice(i, i + 200);
        const marks = batch.map((_, r) => `(${spec.columns.map((_, c) => `$${r * width + c + 1}`).join(', ')})`).join(', ');
        await db.run(`INSERT INTO ${name} VALUES ${marks}`, batch.flatMap((row) => spec.columns.map((c) => (row as unknown as Record<string, string | number | null>)[c.name] ?? null)));
      }
    }
    await createDerived(db);
    return await db.all('SELECT * FROM derived');
  } finally {
    db.close();
  }
}

describe('the derived table', () => {
  it('adds counts of every member and names the members', async () => {
    const rows = await derive([obs('c', '33', 120), obs('c', '34', 35)], [indicator('c')]);
    expect(rows).toEqual([
      expect.objectContaining({ indicator: 'c', vintage: 'VN34', geo: '33', period: '2019', value: 155, qualifier: '', members: '33+34', n_members: 2, method: 'sum' }),
    ]);
  });

  it('gives nothing when one member lacks a figure for the period', async () => {
    const rows = await derive([obs('c', '35', 1), obs('c', '36', 2)], [indicator('c')]);
    expect(rows.filter((r) => r.geo === '37')).toEqual([]);
  });

  it('does not mix periods', async () => {
    const rows = await derive([obs('c', '33', 1), obs('c', '34', 2, { period: '2020', period_start: '2020-01-01', period_end: '2020-12-31' })], [indicator('c')]);
    expect(rows).toEqual([]);
  });

  it('computes a share from numerators and denominators, not by averaging rates', async () => {
    // 10/40 = 25 % and 90/160 = 56.25 %; their mean would be 40.625 %, the true share is 100/200 = 50 %.
    const share = indicator('s', { unit: 'percent', aggregation: 'ratio' });
    const rows = await derive(
      [obs('s', '33', 25, { numerator: 10, denominator: 40 }), obs('s', '34', 56.25, { numerator: 90, denominator: 160 })],
      [share],
    );
    expect(rows).toEqual([expect.objectContaining({ geo: '33', value: 50, numerator: 100, denominator: 200, method: 'ratio' })]);
  });

  it('refuses a ratio when a member publishes the rate without its parts', async () => {
    const share = indicator('s', { unit: 'percent', aggregation: 'ratio' });
    const rows = await derive([obs('s', '33', 25, { numerator: 10, denominator: 40 }), obs('s', '34', 56.25)], [share]);
    expect(rows).toEqual([]);
  });

  it('never combines scores or ranks of several provinces, but carries an unchanged province over', async () => {
    const score = indicator('score', { unit: 'score', aggregation: 'none' });
    const rank = indicator('rank', { unit: 'rank', aggregation: 'none', direction: 'lower_better' });
    const rows = await derive(
      [obs('score', '33', 0.7), obs('score', '34', 0.6), obs('score', '04', 0.5), obs('rank', '04', 12), obs('rank', '33', 3), obs('rank', '34', 9)],
      [score, rank],
    );
    expect(rows.map((r) => [r.indicator, r.geo, r.value, r.members, r.method])).toEqual([['score', '04', 0.5, '04', 'carried_over']]);
  });

  it('keeps a lower bound when members are lower bounds, and adds three members', async () => {
    const rows = await derive(
      [obs('c', '35', 9000, { qualifier: 'at_least' }), obs('c', '36', 21000, { qualifier: 'at_least' }), obs('c', '37', 5)],
      [indicator('c')],
    );
    expect(rows).toEqual([expect.objectContaining({ geo: '37', value: 30005, qualifier: 'at_least', members: '35+36+37', n_members: 3 })]);
  });

  it('ignores national rows, sub-provincial units and breakdowns', async () => {
    const rows = await derive(
      [obs('c', '33', 1, { subunit: 'Sở A' }), obs('c', '34', 2), obs('c', 'VN', 3), obs('c', '33', 4, { breakdown: 'x' })],
      [indicator('c')],
    );
    expect(rows).toEqual([]);
  });

  it('rounds sums of decimals to 6 places, in member order', async () => {
    const rows = await derive([obs('c', '33', 0.1), obs('c', '34', 0.2)], [indicator('c')]);
    expect(rows.map((r) => r.value)).toEqual([0.3]);
  });
});

describe('qualifiers of a sum', () => {
  it.each([
    [['', ''], ''],
    [['at_least', ''], 'at_least'],
    [['at_least', 'at_least'], 'at_least'],
    [['at_most', ''], 'at_most'],
    [['at_least', 'at_most'], 'approx'],
    [['near', ''], 'approx'],
    [['approx', 'at_least'], 'approx'],
  ] as const)('%j → %s', async ([a, b], expected) => {
    const rows = await derive([obs('c', '33', 1, { qualifier: a as Qualifier }), obs('c', '34', 2, { qualifier: b as Qualifier })], [indicator('c')]);
    expect(rows.map((r) => r.qualifier)).toEqual([expected]);
  });
});

describe('the SQL derivation on the real data', () => {
  it('gives exactly the rows of the former JavaScript derivation', async () => {
    const { problems, dataset, observations = [] } = await checkData(join(resolve(import.meta.dirname, '../../..'), 'data'), { keepRows: true });
    expect(problems).toEqual([]);
    const expected = deriveVn34(observations, dataset.indicators, dataset.crosswalk);
    expect(expected.length).toBeGreaterThan(100);
    expect(await derive(observations, dataset.indicators, dataset.crosswalk)).toEqual(expected);
  });
});
