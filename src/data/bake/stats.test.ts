/**
 * Hand-computed cases for the bake's statistics (stats.ts), on the fixture's six VN63 provinces
 * (04, 33, 34, 35, 36, 37) and three VN34 units (04, 33, 37). Values are made up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Observation } from '../../lib/types.ts';
import { openDb } from '../db.ts';
import { dataset, indicator, obs } from './fixture.test-helpers.ts';
import { bake } from './index.ts';

const work = mkdtempSync(join(tmpdir(), 'bake-stats-'));
const out = join(work, 'data');
const VN63 = ['04', '33', '34', '35', '36', '37'];
const after = { vintage: 'VN34', period: '2025-10', period_start: '2025-10-01', period_end: '2025-10-31' } as const;
const each = (id: string, values: Record<string, number>, over: Partial<Observation> = {}): Observation[] =>
  Object.entries(values).map(([geo, v]) => obs(id, geo, v, over));

const score = (id: string) => indicator(id, { unit: 'score', aggregation: 'none' });
const rank = (id: string) => indicator(id, { unit: 'rank', aggregation: 'none', direction: 'lower_better' });

beforeAll(async () => {
  const rows: Observation[] = [
    // complete: every VN63 province; a tie at 5
    ...each('full_score', { '04': 6, '33': 5, '34': 5, '35': 3, '36': 2, '37': 1 }),
    // qualifiers: exact 100, "gần 100" (near), "gần 18"
    obs('share_q', '04', 100), obs('share_q', '33', 100, { qualifier: 'near' }), obs('share_q', '34', 18, { qualifier: 'near' }),
    // a score whose companion rank is published (ranks out of all 6, though only 2 scores)
    ...each('pub_score', { '04': 0.9, '33': 0.5, '34': 0.4 }), ...each('pub_rank', { '04': 1, '33': 4 }),
    // a published ranking of the top 4 of 6: the 2 missing rank below
    ...each('top_score', { '04': 0.9, '33': 0.8, '34': 0.7, '35': 0.6 }), ...each('top_rank', { '04': 1, '33': 2, '34': 3, '35': 4 }),
    // the top 3 only: the median of 6 (positions 3 and 4) is not known
    ...each('top3_score', { '04': 0.9, '33': 0.8, '34': 0.7 }), ...each('top3_rank', { '04': 1, '33': 2, '34': 3 }),
    // published ranks 1, 2 and 5: the gaps are not random, no median
    ...each('gap_score', { '04': 0.9, '33': 0.8, '34': 0.5, '35': 0.4 }), ...each('gap_rank', { '04': 1, '33': 2, '34': 5, '35': 6 }),
    // the same indicator on both maps: never mixed
    ...each('both', { '04': 3, '33': 2, '37': 1 }, after), ...each('both', { '04': 30, '33': 20 }),
    // carried over (04), summed (37 = 35+36+37) and ratio (33 = 33+34)
    ...each('cnt', { '04': 7, '35': 1, '36': 2, '37': 3 }),
    obs('rat', '33', 25, { numerator: 1, denominator: 4 }), obs('rat', '34', 75, { numerator: 3, denominator: 4 }),
  ];
  const inds = [
    score('full_score'), indicator('share_q', { unit: 'percent', aggregation: 'none' }), score('pub_score'), rank('pub_rank'),
    score('top_score'), rank('top_rank'), score('top3_score'), rank('top3_rank'), score('gap_score'), rank('gap_rank'),
    score('both'), indicator('cnt', { unit: 'count', aggregation: 'sum' }), indicator('rat', { unit: 'percent', aggregation: 'ratio' }),
  ];
  expect(VN63.length).toBe(6);
  await bake(dataset(rows, inds), out);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function q(sql: string): Promise<unknown[]> {
  const db = await openDb(join(out, 'egov.duckdb'), { readOnly: true });
  try {
    return await db.all(sql);
  } finally {
    db.close();
  }
}

describe('ranks', () => {
  it('over a complete set: of every unit of the map, ties sharing the rank', async () => {
    expect(await q("SELECT geo, rank, n, basis FROM ranks WHERE indicator = 'full_score' ORDER BY rank, geo")).toEqual([
      { geo: '04', rank: 1, n: 6, basis: 'complete' }, { geo: '33', rank: 2, n: 6, basis: 'complete' }, { geo: '34', rank: 2, n: 6, basis: 'complete' },
      { geo: '35', rank: 4, n: 6, basis: 'complete' }, { geo: '36', rank: 5, n: 6, basis: 'complete' }, { geo: '37', rank: 6, n: 6, basis: 'complete' },
    ]);
  });
  it('over a partial set, marking qualified values: "gần 100%" is not silently tied with an exact 100%', async () => {
    expect(await q("SELECT geo, rank, n, basis, approx FROM ranks WHERE indicator = 'share_q' ORDER BY rank, geo")).toEqual([
      { geo: '04', rank: 1, n: 3, basis: 'partial', approx: false },
      { geo: '33', rank: 1, n: 3, basis: 'partial', approx: true },
      { geo: '34', rank: 3, n: 3, basis: 'partial', approx: true },
    ]);
  });
  it('shows the published rank of a score (4 of 6, not 2 of 3), and none for a score without one', async () => {
    expect(await q("SELECT geo, rank, n, basis FROM ranks WHERE indicator = 'pub_score' ORDER BY geo")).toEqual([
      { geo: '04', rank: 1, n: 6, basis: 'published' }, { geo: '33', rank: 4, n: 6, basis: 'published' },
    ]);
  });
  it('never mixes the maps and never ranks derived rows', async () => {
    expect(await q("SELECT vintage, geo, rank, n, basis FROM ranks WHERE indicator = 'both' ORDER BY vintage, rank")).toEqual([
      { vintage: 'VN34', geo: '04', rank: 1, n: 3, basis: 'complete' }, { vintage: 'VN34', geo: '33', rank: 2, n: 3, basis: 'complete' },
      { vintage: 'VN34', geo: '37', rank: 3, n: 3, basis: 'complete' },
      { vintage: 'VN63', geo: '04', rank: 1, n: 2, basis: 'partial' }, { vintage: 'VN63', geo: '33', rank: 2, n: 2, basis: 'partial' },
    ]);
    expect(await q("SELECT count(*)::int AS n FROM ranks WHERE vintage = 'VN34' AND indicator IN ('cnt', 'rat')")).toEqual([{ n: 0 }]);
  });
});

describe('medians', () => {
  it('complete: the median of all six, (5 + 3) / 2', async () => {
    expect(await q("SELECT median, n, basis, units FROM medians WHERE indicator = 'full_score'")).toEqual([{ median: 4, n: 6, basis: 'complete', units: 6 }]);
  });
  it('below_known: a published top 4 of 6, the median of 6 is the mean of ranks 3 and 4, (0.7 + 0.6) / 2', async () => {
    const [m] = (await q("SELECT median, n, basis, units, median_rank FROM medians WHERE indicator = 'top_score'")) as { median: number }[];
    expect({ ...m, median: Math.round(m!.median * 1e9) / 1e9 }).toEqual({ median: 0.65, n: 4, basis: 'below_known', units: 6, median_rank: 3 });
  });
  it('none where the middle ranks are not published, or where the gaps are not random', async () => {
    expect(await q("SELECT count(*)::int AS n FROM medians WHERE indicator IN ('top3_score', 'gap_score', 'pub_score')")).toEqual([{ n: 0 }]);
  });
  it('published_only: half the units, no ranking, the median of the published', async () => {
    expect(await q("SELECT median, n, basis FROM medians WHERE indicator = 'share_q'")).toEqual([{ median: 100, n: 3, basis: 'published_only' }]);
  });
});

describe('derived rows', () => {
  it('say how they were made', async () => {
    expect(await q("SELECT indicator, geo, value, members, derived_method FROM figures WHERE derived AND indicator IN ('cnt', 'rat') ORDER BY indicator, geo")).toEqual([
      { indicator: 'cnt', geo: '04', value: 7, members: '04', derived_method: 'carried_over' },
      { indicator: 'cnt', geo: '37', value: 6, members: '35+36+37', derived_method: 'sum' },
      { indicator: 'rat', geo: '33', value: 50, members: '33+34', derived_method: 'ratio' },
    ]);
  });
});
