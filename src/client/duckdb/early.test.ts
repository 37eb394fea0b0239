import { describe, expect, it } from 'vitest';
import { wantsEngine } from './early.ts';

describe('wantsEngine', () => {
  const examples = [{ sql: 'SELECT 1' }];
  it('starts the engine early only for a query in the address that no example answers', () => {
    expect(wantsEngine(`?q=${encodeURIComponent('SELECT count(*) FROM units')}`, examples)).toBe(true);
    expect(wantsEngine(`?q=${encodeURIComponent('SELECT 1')}`, examples)).toBe(false);
    expect(wantsEngine('', examples)).toBe(false);
    expect(wantsEngine('?x=a@2020&y=b@2020', examples)).toBe(false);
  });
});
