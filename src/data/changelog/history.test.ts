import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomFeed } from './feed.ts';
import { whatsNew } from './history.ts';

const HEADER = 'indicator,vintage,geo,subunit,breakdown,period,value,qualifier,numerator,denominator,source,quote,note_vi,note_en';

function repo(): string {
  const root = mkdtempSync(join(tmpdir(), 'changelog-'));
  const g = (...args: string[]): void => {
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: root, stdio: 'ignore', env: { ...process.env, GIT_COMMITTER_DATE: '2024-01-02T03:04:05Z', GIT_AUTHOR_DATE: '2024-01-02T03:04:05Z' } });
  };
  g('init', '-q');
  mkdirSync(join(root, 'data', 'observations'), { recursive: true });
  writeFileSync(join(root, 'data/observations/a.csv'), `${HEADER}\nt_a,VN63,01,,,2023,1,,,,s1,q 1,,\n`);
  g('add', '.');
  g('commit', '-q', '-m', 'first figures');
  writeFileSync(join(root, 'data/observations/a.csv'), `${HEADER}\nt_a,VN63,01,,,2023,2,,,,s1,q 2,,\nt_a,VN63,79,,,2023,3,,,,s1,q 3,,\n`);
  writeFileSync(join(root, 'README'), 'x');
  g('add', '.');
  g('commit', '-q', '-m', 'revise <Hà Nội>');
  return root;
}

describe('whatsNew and the Atom feed', () => {
  it('lists each commit that touched data/observations with its changes, newest first', () => {
    const entries = whatsNew(repo());
    expect(entries?.map((e) => [e.subject, e.counts])).toEqual([
      ['revise <Hà Nội>', { added: 1, revised: 1, withdrawn: 0 }],
      ['first figures', { added: 1, revised: 0, withdrawn: 0 }],
    ]);
        const names = { indicators: new Map([['t_a', { name_vi: 'Chỉ số <thử>', name_en: 'Test <indicator>' }]]), sources: new Map([['s1', { publisher: 'P', title: 'T', date: '' }]]) };
    const vi = atomFeed('https://example.org', entries, '1970-01-01T00:00:00.000Z', 'vi', names);
    // the entries say what changed, by name, escaped; never the commit's subject
    expect(vi).toContain('<title>Thêm 1 số liệu: Chỉ số &lt;thử&gt; 2023</title>');
    expect(vi).not.toContain('revise');
    expect(vi).toContain('<updated>2024-01-02T03:04:05+00:00</updated>');
    expect(vi).toContain('<summary>Thêm 1, sửa 1, rút 0 số liệu.</summary>');
    expect(vi).toContain('xml:lang="vi"');
    expect(vi).toContain('<link rel="alternate" href="https://example.org/moi/"/>');
    expect(vi.match(/<entry>/g)).toHaveLength(2);
    const en = atomFeed('https://example.org', entries, '1970-01-01T00:00:00.000Z', 'en', names);
    expect(en).toContain('<title>Added 1 figure: Test &lt;indicator&gt;, 2023</title>');
    expect(en).toContain('<link rel="self" href="https://example.org/en/feed.xml"/>');
    expect(en).toContain('href="https://example.org/en/whats-new/#c-');
  });

  it('says "no history" without a git repository', () => {
    const bare = mkdtempSync(join(tmpdir(), 'nohistory-'));
    expect(whatsNew(bare)).toBeNull();
    const xml = atomFeed('https://example.org', null, '1970-01-01T00:00:00.000Z', 'en', { indicators: new Map(), sources: new Map() });
    expect(xml).toContain('<subtitle>No history (no git history was available when the site was built).</subtitle>');
    expect(xml).not.toContain('<entry>');
  });
});
