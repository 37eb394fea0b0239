import { describe, expect, it } from 'vitest';
import { markup, serverDocument } from './dom.ts';

describe('markup', () => {
  it('escapes hostile text and attribute values from data', () => {
    const doc = serverDocument();
    const g = doc.createElementNS('http://www.w3.org/2000/svg', 'g');
    g.setAttribute('aria-label', '"><script>alert(1)</script>');
    const t = doc.createElementNS('http://www.w3.org/2000/svg', 'text');
    t.textContent = '<img src=x onerror=alert(1)>';
    g.appendChild(t);
    const html = markup(g);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('aria-label="&quot;&gt;&lt;script&gt;');
  });
});
