/** The resolver on names damaged by encoding round-trips: the generated corpus of test/fixtures/names/damaged.ts. */
import { describe, expect, it } from 'vitest';
import { damagedNames } from '../../../test/fixtures/names/damaged.ts';
import { markDamage, UNKNOWN_CHAR } from './normalize.ts';
import { resolver, units } from './real-reference.test-helpers.ts';

describe('damaged names', () => {
  it('decodes R escapes and marks lost characters', () => {
    expect(markDamage('B<U+1EAE>C GIANG')).toBe('BẮC GIANG');
    expect(markDamage('B\uFFFD R<U+1ECA>A')).toBe(`B${UNKNOWN_CHAR} RỊA`);
    expect(markDamage('\u00EF\u00BB\u00BFHà Nội')).toBe(`${UNKNOWN_CHAR.repeat(3)}Hà Nội`);
  });

  it('resolves the examples of the issue, and refuses what fits two provinces', () => {
    expect(resolver.resolve('B<U+1EAE>C GIANG', { vintage: 'VN63' })).toMatchObject({ ok: true, code: '24' });
    expect(resolver.resolve('B\uFFFD R<U+1ECA>A - VUNG T\uFFFDU', { vintage: 'VN63' })).toMatchObject({ ok: true, code: '77' });
    expect(resolver.resolve('TH\uFFFDNH PH? H? CH\uFFFD MINH', { vintage: 'VN63' })).toMatchObject({ ok: true, code: '79' });
    // "H\uFFFD N\uFFFD\uFFFD" fits Hà Nội and Hà Nam: never a guess
    const both = resolver.resolve('H\uFFFD N\uFFFD\uFFFD', { vintage: 'VN63' });
    expect(both).toMatchObject({ ok: false, reason: 'ambiguous', message: 'H\uFFFD N\uFFFD\uFFFD names more than one unit: VN63 01 Hà Nội / VN63 35 Hà Nam' });
    expect(both.ok ? [] : both.candidates.map((c) => c.code)).toEqual(['01', '35']);
    expect(resolver.resolve('H\uFFFD GIANG', { vintage: 'VN63' })).toMatchObject({ ok: true, code: '02' });
    // mostly damage is no name
    expect(resolver.resolve('\uFFFD\uFFFD\uFFFDa')).toMatchObject({ ok: false, reason: 'unknown', message: '\uFFFD\uFFFD\uFFFDa is too damaged to match (3 of 4 characters lost)' });
  });

  it('gets at least 95% of the generated corpus right, none wrong, the rest ambiguous or unknown with candidates', () => {
    const corpus = damagedNames(units);
    expect(corpus).toHaveLength(63 * 7);
    const tally = { right: 0, wrong: 0, ambiguous: 0, unknown: 0 };
    const wrong: string[] = [];
    for (const { damaged, code } of corpus) {
      const r = resolver.resolve(damaged, { vintage: 'VN63' });
      if (r.ok) {
        if (r.code === code && r.vintage === 'VN63') tally.right++;
        else {
          tally.wrong++;
          wrong.push(`${JSON.stringify(damaged)} → ${r.code}, expected ${code}`);
        }
      } else {
        expect(['ambiguous', 'unknown'], JSON.stringify(damaged)).toContain(r.reason);
        expect(r.candidates.length, JSON.stringify(damaged)).toBeGreaterThan(0);
        tally[r.reason as 'ambiguous' | 'unknown']++;
      }
    }
    console.log(`damaged-names corpus: ${corpus.length} names, ${JSON.stringify(tally)}`);
    expect(wrong).toEqual([]);
    expect(tally.right / corpus.length).toBeGreaterThanOrEqual(0.95);
  });
});
