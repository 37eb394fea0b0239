import { describe, expect, it } from 'vitest';
import { readMapState, readSelection, writeMapState, writeSelection, type MapState } from './url-state.ts';

const fallback: MapState = { indicator: 'dti_rank', vintage: 'VN63', period: '2022' };

describe('map state in the URL', () => {
  it('round-trips and keeps other parameters', () => {
    const state: MapState = { indicator: 'egov_index_score', vintage: 'VN34', period: '2019-Q3' };
    const search = writeMapState('?embed=1', state);
    expect(search).toContain('embed=1');
    expect(readMapState(search, fallback)).toEqual(state);
  });
  it('falls back on anything malformed', () => {
    expect(readMapState('?indicator=<script>&vintage=VN99&period=20x', fallback)).toEqual(fallback);
    expect(readMapState('', fallback)).toEqual(fallback);
    expect(readMapState('?vintage=vn34', fallback).vintage).toBe('VN34');
  });
  it('falls back on an indicator the site does not have', () => {
    const known = new Set(['dti_rank', 'dti_score']);
    expect(readMapState('?indicator=no_such_indicator', fallback, known).indicator).toBe('dti_rank');
    expect(readMapState('?indicator=dti_score', fallback, known).indicator).toBe('dti_score');
  });
});

describe('compare selection in the URL', () => {
  it('reads at most six distinct provinces and writes them back', () => {
    const sel = readSelection('?p=VN63-01,vn63-01,VN34-79,bad,VN63-02,VN63-04,VN63-06,VN63-08,VN63-10');
    expect(sel.map((s) => `${s.vintage}-${s.code}`)).toEqual(['VN63-01', 'VN34-79', 'VN63-02', 'VN63-04', 'VN63-06', 'VN63-08']);
    expect(writeSelection('?tab=x', sel.slice(0, 2))).toBe('?tab=x&p=VN63-01,VN34-79');
    expect(writeSelection('?p=VN63-01', [])).toBe('');
  });
});
