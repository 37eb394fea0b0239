import { describe, expect, it } from 'vitest';
import { stuckLines } from './stuck.ts';

const MIN = 60_000;

describe('stuckLines', () => {
  it('names the files past the limit, oldest first, with the test running in each', () => {
    const now = 100 * MIN;
    const lines = stuckLines(
      [
        { file: 'a.test.ts', since: now - 2 * MIN },
        { file: 'b.test.ts', since: now - 7 * MIN, last: { name: 'bakes > twelve cases', state: 'started', at: now - 6.5 * MIN } },
        { file: 'c.test.ts', since: now - 9 * MIN },
      ],
      now,
      6 * MIN,
    );
    expect(lines).toEqual([
      'stuck? c.test.ts has run 9.0 min; no test in it has reported yet',
      'stuck? b.test.ts has run 7.0 min; last heard: "bakes > twelve cases" started 6.5 min ago',
    ]);
  });

  it('says nothing while everything is within the limit', () => {
    expect(stuckLines([{ file: 'a.test.ts', since: 0 }], 5 * MIN, 6 * MIN)).toEqual([]);
  });
});
