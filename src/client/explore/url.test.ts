import { describe, expect, it } from 'vitest';
import { parsePick, readState, writeState } from './url.ts';

describe('explore URL state', () => {
  it('round-trips SQL with quotes, newlines and Vietnamese', () => {
    const sql = "SELECT name_vi FROM units\nWHERE name_vi = 'Hà Nội' AND code <> '01' -- 50% & more";
    const search = writeState({ sql });
    expect(search.startsWith('?q=')).toBe(true);
    expect(readState(search).sql).toBe(sql);
  });
  it('keeps the correlation picks and leaves out empty fields', () => {
    const search = writeState({ sql: '', vintage: 'VN63', x: 'dti_score@2021', y: 'egov_index_score@2017' });
    expect(search).toBe('?v=VN63&x=dti_score%402021&y=egov_index_score%402017');
    expect(readState(search)).toEqual({ sql: '', vintage: 'VN63', x: 'dti_score@2021', y: 'egov_index_score@2017' });
    expect(writeState({})).toBe('');
  });
  it('splits picks at the first @ and rejects malformed ones', () => {
    expect(parsePick('dti_score@2019-03-12/2019-08-20')).toEqual({ indicator: 'dti_score', period: '2019-03-12/2019-08-20' });
    expect(parsePick('dti_score')).toBeNull();
    expect(parsePick('@2019')).toBeNull();
    expect(parsePick('dti_score@')).toBeNull();
  });
});
