import { describe, expect, it } from 'vitest';
import { combineQualifiers, deriveVn34 } from './derive.ts';
import { CROSSWALK, indicator, obs } from './fixture.test-helpers.ts';

describe('deriveVn34', () => {
  it('adds counts of every member and names the members', () => {
    const rows = deriveVn34([obs('c', '33', 120), obs('c', '34', 35)], [indicator('c')], CROSSWALK);
    expect(rows).toEqual([
      expect.objectContaining({ indicator: 'c', vintage: 'VN34', geo: '33', period: '2019', value: 155, qualifier: '', members: '33+34', n_members: 2 }),
    ]);
  });

  it('gives nothing when one member lacks a figure for the period', () => {
    const rows = deriveVn34([obs('c', '35', 1), obs('c', '36', 2)], [indicator('c')], CROSSWALK);
    expect(rows.filter((r) => r.geo === '37')).toEqual([]);
  });

  it('does not mix periods', () => {
    const rows = deriveVn34([obs('c', '33', 1), obs('c', '34', 2, { period: '2020', period_start: '2020-01-01', period_end: '2020-12-31' })], [indicator('c')], CROSSWALK);
    expect(rows).toEqual([]);
  });

  it('computes a share from numerators and denominators, not by averaging rates', () => {
    // 10/40 = 25 % and 90/160 = 56.25 %; their mean would be 40.625 %, the true share is 100/200 = 50 %.
    const share = indicator('s', { unit: 'percent', aggregation: 'ratio' });
    const rows = deriveVn34(
      [obs('s', '33', 25, { numerator: 10, denominator: 40 }), obs('s', '34', 56.25, { numerator: 90, denominator: 160 })],
      [share],
      CROSSWALK,
    );
    expect(rows).toEqual([expect.objectContaining({ geo: '33', value: 50, numerator: 100, denominator: 200 })]);
  });

  it('refuses a ratio when a member publishes the rate without its parts', () => {
    const share = indicator('s', { unit: 'percent', aggregation: 'ratio' });
    const rows = deriveVn34([obs('s', '33', 25, { numerator: 10, denominator: 40 }), obs('s', '34', 56.25)], [share], CROSSWALK);
    expect(rows).toEqual([]);
  });

  it('never combines scores or ranks of several provinces, but carries an unchanged province over', () => {
    const score = indicator('score', { unit: 'score', aggregation: 'none' });
    const rank = indicator('rank', { unit: 'rank', aggregation: 'none', direction: 'lower_better' });
    const rows = deriveVn34(
      [obs('score', '33', 0.7), obs('score', '34', 0.6), obs('score', '04', 0.5), obs('rank', '04', 12), obs('rank', '33', 3), obs('rank', '34', 9)],
      [score, rank],
      CROSSWALK,
    );
    expect(rows.map((r) => [r.indicator, r.geo, r.value, r.members])).toEqual([['score', '04', 0.5, '04']]);
  });

  it('keeps a lower bound when members are lower bounds, and adds three members', () => {
    const rows = deriveVn34(
      [obs('c', '35', 9000, { qualifier: 'at_least' }), obs('c', '36', 21000, { qualifier: 'at_least' }), obs('c', '37', 5)],
      [indicator('c')],
      CROSSWALK,
    );
    expect(rows).toEqual([expect.objectContaining({ geo: '37', value: 30005, qualifier: 'at_least', members: '35+36+37', n_members: 3 })]);
  });

  it('ignores national rows, sub-provincial units and breakdowns', () => {
    const rows = deriveVn34(
      [obs('c', '33', 1, { subunit: 'Sở A' }), obs('c', '34', 2), obs('c', 'VN', 3), obs('c', '33', 4, { breakdown: 'x' })],
      [indicator('c')],
      CROSSWALK,
    );
    expect(rows).toEqual([]);
  });
});

describe('combineQualifiers', () => {
  it.each([
    [['', ''], ''],
    [['at_least', ''], 'at_least'],
    [['at_least', 'at_least'], 'at_least'],
    [['at_most', ''], 'at_most'],
    [['at_least', 'at_most'], 'approx'],
    [['near', ''], 'approx'],
    [['approx', 'at_least'], 'approx'],
  ] as const)('%j → %s', (input, expected) => {
    expect(combineQualifiers(input)).toBe(expected);
  });
});
