import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figure, IndicatorInfo } from '../types.ts';
import { homeModel, indexModels, latestAnswer, mapIndicator, questionModels } from './home.ts';
import { bakePagesSynthetic, type PagesDb } from '../../../../test/fixtures/synthetic-pages.ts';

const info = (id: string, over: Partial<IndicatorInfo> = {}): IndicatorInfo => ({
  id, name_vi: id, name_en: id, definition_vi: '', definition_en: '', unit: 'percent', direction: 'higher_better', aggregation: 'none',
  scheme: '', legal_basis: '', legal_basis_en: '', legal_basis_url: '', note_vi: '', note_en: '', n_vn63: 0, n_vn34: 0, n_national: 0, n_observations: 0, ...over,
});
const fig = (over: Partial<Figure>): Figure => ({
  indicator: 'a', vintage: 'VN63', geo: '01', period: '2019', period_start: '2019-01-01', period_end: '2019-12-31', value: 1, qualifier: '',
  numerator: null, denominator: null, source: 's', quote: 'q', derived: false, members: '', rank: null, rank_n: null, median: null, median_n: null, ...over,
});

describe('latestAnswer', () => {
  it('takes the period that ends last, published figures only, best first by direction', () => {
    const i = info('x', { direction: 'lower_better' });
    const figures = [
      fig({ indicator: 'x', geo: '01', value: 5 }),
      fig({ indicator: 'x', geo: '02', value: 9, period: '2020', period_end: '2020-12-31' }),
      fig({ indicator: 'x', geo: '04', value: 3, period: '2020', period_end: '2020-12-31', source: 't' }),
      fig({ indicator: 'x', geo: 'VN', value: 7, period: '2020', period_end: '2020-12-31', source: 'n' }),
      fig({ indicator: 'x', vintage: 'VN34', geo: '08', value: 1, period: '2020', period_end: '2020-12-31', derived: true, members: '02+08' }),
    ];
    const a = latestAnswer(i, figures);
    expect(a?.period).toBe('2020');
    expect(a?.provinces.map((f) => f.geo)).toEqual(['04', '02']);
    expect(a?.national?.value).toBe(7);
    expect(a?.sources).toEqual(['n', 't', 's']);
    expect(a?.total).toBe(63);
    expect(latestAnswer(info('y'), figures)).toBeNull();
  });
});

describe('mapIndicator', () => {
  it('opens the map on the indicator covering half the map in the most periods, derived rows aside', () => {
    const province = (k: number): string => String(k + 1).padStart(2, '0');
    const years = (id: string, from: number, to: number, n: number): Figure[] =>
      Array.from({ length: to - from + 1 }, (_, y) => Array.from({ length: n }, (_, k) => fig({ indicator: id, geo: province(k), period: String(from + y) }))).flat();
    // a one-month index of all 34 units; a yearly index of 40 of 63 over 3 years; a press note of 5 over 6 years
    const monthly = Array.from({ length: 34 }, (_, k) => fig({ indicator: 'monthly', vintage: 'VN34', geo: province(k), period: '2025-10' }));
    const figures = [...monthly, ...years('yearly', 2018, 2020, 40), ...years('press', 2018, 2023, 5)];
    const indicators = [info('monthly'), info('press'), info('yearly')];
    expect(mapIndicator(indicators, figures)?.id).toBe('yearly');
    // derived rows do not count: 40 derived VN34 rows in 9 periods would otherwise win
    const derived = years('derived', 2010, 2018, 34).map((f) => ({ ...f, vintage: 'VN34' as const, derived: true }));
    expect(mapIndicator([...indicators, info('derived')], [...figures, ...derived])?.id).toBe('yearly');
    // on a tie of periods, the one with more figures
    expect(mapIndicator([info('a'), info('b')], [...years('a', 2018, 2019, 32), ...years('b', 2018, 2019, 40)])?.id).toBe('b');
    expect(mapIndicator(indicators, [])).toBeNull();
  });
});

describe('questions', () => {
  it('are answered by the indicators whose ids name them, and kept empty without data', () => {
    const indicators = [info('docs_to_vpcp_signed_share'), info('online_services_level4_count', { unit: 'count' }), info('online_services_under_construction_count')];
    const figures = [fig({ indicator: 'docs_to_vpcp_signed_share' }), fig({ indicator: 'online_services_under_construction_count' })];
    const q = questionModels(indicators, figures);
    expect(q.map((x) => x.key)).toEqual(['signed', 'dossiers', 'services']);
    expect(q[0]?.answers.map((a) => a.indicator.id)).toEqual(['docs_to_vpcp_signed_share']);
    expect(q[1]?.answers).toEqual([]);
    // services under construction are not services online
    expect(q[2]?.answers).toEqual([]);
  });
});

describe('indexes', () => {
  const province = (k: number): string => String(10 + k).padStart(2, '0');
  it('show laggards only where every province has a figure, even when the few were ranked by the publisher', () => {
    const few = Array.from({ length: 8 }, (_, k) => fig({ indicator: 'dti_score', geo: province(k), value: k, rank_basis: 'published' } as Partial<Figure>));
    const [partial] = indexModels([info('dti_score', { unit: 'score' })], few);
    expect(partial?.leaders.map((f) => f.value)).toEqual([7, 6, 5]);
    expect(partial?.laggards).toEqual([]);
    const all = Array.from({ length: 63 }, (_, k) => fig({ indicator: 'dti_score', geo: province(k), value: k }));
    expect(indexModels([info('dti_score', { unit: 'score' })], all)[0]?.laggards.map((f) => f.value)).toEqual([2, 1, 0]);
  });

  it('read an index in its latest period covering half the map, not in a later press note on a few', () => {
    const year = Array.from({ length: 40 }, (_, k) => fig({ indicator: 'dti_rank', geo: province(k), value: k + 1 }));
    const press = [1, 2].map((k) => fig({ indicator: 'dti_rank', geo: province(k), value: k, period: '2025-10-21', period_end: '2025-10-21' }));
    const [x] = indexModels([info('dti_rank', { unit: 'rank', direction: 'lower_better' })], [...year, ...press]);
    expect([x?.period, x?.provinces.length]).toEqual(['2019', 40]);
  });
});

describe('home model on a synthetic bake with the 766 index, PAPI and DTI', () => {
  let dir: string;
  let data: PagesDb;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'home-model-'));
    data = await bakePagesSynthetic(join(dir, 'out'));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('picks each index family’s headline, its latest period and its best and worst three', () => {
    const model = homeModel(data.indicators, data.figures);
    expect(model.indexes.map((x) => [x.key, x.indicator.id, x.vintage, x.period])).toEqual([
      ['dvc766', 'dvc766_total', 'VN34', '2025-10'],
      ['dti', 'dti_score', 'VN63', '2024'],
      ['papi', 'papi_egovernance', 'VN63', '2024'],
    ]);
    for (const x of model.indexes) {
      // the expectation from the generated rows, not from the bake
      const values = data.observations.filter((o) => o.indicator === x.indicator.id && o.period === x.period).map((o) => o.value).sort((a, b) => b - a);
      expect(x.leaders.map((f) => f.value)).toEqual(values.slice(0, 3));
      expect(x.laggards.map((f) => f.value)).toEqual(values.slice(-3));
      expect(x.provinces).toHaveLength(x.total);
    }
  });

  it('answers the questions with the latest published figures, the national one first', () => {
    const [signed, dossiers, services] = homeModel(data.indicators, data.figures).questions;
    expect(signed?.answers[0]?.provinces).toHaveLength(5);
    expect(signed?.answers[0]?.period).toBe('2019-Q3');
    expect(dossiers?.answers).toEqual([]);
    expect(services?.answers[0]?.national?.value).toBe(5000);
    expect(services?.answers[0]?.sources[0]).toBe('synthetic-national');
  });
});
