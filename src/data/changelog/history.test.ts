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
    const xml = atomFeed('https://example.org', entries, '1970-01-01T00:00:00.000Z');
    expect(xml).toContain('<title>revise &lt;Hà Nội&gt;</title>');
    expect(xml).toContain('<updated>2024-01-02T03:04:05+00:00</updated>');
    expect(xml).toContain('<summary>Thêm 1, sửa 1, rút 0 số liệu. Added 1, revised 1, withdrawn 0 figures.</summary>');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
  });

  it('says "no history" without a git repository', () => {
    const bare = mkdtempSync(join(tmpdir(), 'nohistory-'));
    expect(whatsNew(bare)).toBeNull();
    const xml = atomFeed('https://example.org', null, '1970-01-01T00:00:00.000Z');
    expect(xml).toContain('<subtitle>Chưa có lịch sử thay đổi. No history.</subtitle>');
    expect(xml).not.toContain('<entry>');
  });
});
