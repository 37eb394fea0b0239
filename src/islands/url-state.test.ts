import { describe, expect, it } from 'vitest';
import { readSelection, writeSelection } from './url-state.ts';


describe('compare selection in the URL', () => {
  it('reads at most six distinct provinces and writes them back', () => {
    const sel = readSelection('?p=VN63-01,vn63-01,VN34-79,bad,VN63-02,VN63-04,VN63-06,VN63-08,VN63-10');
    expect(sel.map((s) => `${s.vintage}-${s.code}`)).toEqual(['VN63-01', 'VN34-79', 'VN63-02', 'VN63-04', 'VN63-06', 'VN63-08']);
    expect(writeSelection('?tab=x', sel.slice(0, 2))).toBe('?tab=x&p=VN63-01,VN34-79');
    expect(writeSelection('?p=VN63-01', [])).toBe('');
  });
});
