import { describe, expect, it } from 'vitest';
import { MOVED } from '../../src/i18n/routes.ts';
import { redirectsFile } from './static-host-files.ts';

describe('_redirects for static hosts', () => {
  it('sends every moved address on, with and without its slash, before the English 404 rule', () => {
    const lines = redirectsFile().trimEnd().split('\n');
    for (const [from, to] of Object.entries(MOVED)) {
      expect(lines).toContain(`${from}  ${to}  301`);
      expect(lines).toContain(`${from.replace(/\/$/, '')}  ${to}  301`);
    }
    expect(lines.at(-1)).toBe('/en/*  /en/404.html  404');
  });
});
