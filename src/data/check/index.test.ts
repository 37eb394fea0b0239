import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkData, formatProblem } from './index.ts';
import { CORPUS, caseNames, materialize } from './corpus.test-helpers.ts';

describe('checkData: the valid base', () => {
  it('has zero problems and returns every row, typed', async () => {
    const { problems, dataset, files, observations = [] } = await checkData(materialize('base'), { displayRoot: 'data', keepRows: true });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(dataset.indicators.map((i) => [i.id, i.unit])).toEqual([
      ['test_rate', 'percent'], ['test_count', 'count'], ['test_score', 'score'], ['test_rank', 'rank'],
    ]);
    expect(dataset.sources.map((s) => s.id)).toEqual(['test-source-a', 'test-source-b']);
    expect(dataset.units).toHaveLength(6);
    expect(dataset.crosswalk).toHaveLength(3);
    expect(dataset.aliases).toHaveLength(3);
    expect(dataset.events.map((e) => [e.id, e.date_start, e.date_end])).toEqual([
      ['test-deadline-1', '2020-12-31', '2020-12-31'],
      ['test-milestone-1', '2025-07-01', '2025-07-01'],
    ]);
    expect(observations.map((o) => o.line)).toEqual([2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13]);
    // what the bake loads: the file, its records, where quoted line breaks shift the line numbers
    expect(dataset.observations.count).toBe(11);
    expect(dataset.observations.files).toEqual([
      { path: expect.stringMatching(/observations\/test\.csv$/), file: 'data/observations/test.csv', rows: 11, shifts: [[4, 1]] },
    ]);
    expect(dataset.observations.periods).toContainEqual({ text: '2020-03-12/2020-08-20', start: '2020-03-12', end: '2020-08-20' });
    expect(files).toEqual([
      'data/geo/units.csv', 'data/geo/crosswalk.csv', 'data/geo/aliases.csv', 'data/indicators.csv',
      'data/sources.csv', 'data/events.csv', 'data/observations/test.csv',
    ]);
    expect(observations[0]).toEqual({
      indicator: 'test_rate', vintage: 'VN63', geo: '01', subunit: '', breakdown: '', period: '2020',
      period_start: '2020-01-01', period_end: '2020-12-31', value: 62.5, qualifier: '', numerator: 100,
      denominator: 160, source: 'test-source-a', quote: 'đạt 100/160 điểm, 62,5%', note_vi: '', note_en: '',
      file: 'data/observations/test.csv', line: 2,
    });
    const multiLine = observations.find((o) => o.line === 5);
    expect(multiLine?.note_vi).toBe('a note\nover two lines');
    expect(observations.find((o) => o.period === '2020-03-12/2020-08-20')).toMatchObject({
      value: 0, period_start: '2020-03-12', period_end: '2020-08-20',
    });
  });

  it('names files relative to the working directory by default', async () => {
    const { problems, files } = await checkData(join(CORPUS, 'base'));
    expect(problems).toEqual([]);
    expect(files[0]).toBe('test/fixtures/check/base/geo/units.csv');
  });
});

describe('checkData: the broken corpus (test/fixtures/check/*)', () => {
  const cases = caseNames();
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });
  it.each(cases)('%s', async (name) => {
    const expected = readFileSync(join(CORPUS, name, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
    expect(expected.length).toBeGreaterThan(0);
    const { problems, observations = [] } = await checkData(materialize(name), { displayRoot: 'data', keepRows: true });
    expect(problems.map(formatProblem)).toEqual(expected);
    // A row with a problem never reaches the dataset.
    for (const p of problems) {
      expect(observations.some((o) => o.file === p.file && o.line === p.line)).toBe(false);
    }
  });
});
