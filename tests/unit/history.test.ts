import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { gitHistory } from '../../src/data/history.ts';

const git = (dir: string, date: string, ...args: string[]) =>
  execFileSync('git', ['-C', dir, '-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args], {
    stdio: 'ignore',
    env: { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date },
  });

/** A repository where `window.md` was added on 1 March and changed on 5 March. */
function repository(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'driftstatus-history-'));
  git(dir, '2026-03-01T10:00:00Z', 'init', '-q');
  writeFileSync(path.join(dir, 'window.md'), 'one\n');
  git(dir, '2026-03-01T10:00:00Z', 'add', '.');
  git(dir, '2026-03-01T10:00:00Z', 'commit', '-q', '-m', 'add');
  writeFileSync(path.join(dir, 'window.md'), 'two\n');
  git(dir, '2026-03-05T10:00:00Z', 'commit', '-q', '-am', 'change');
  return dir;
}

describe('gitHistory', () => {
  it('gives each file its first and last commit and the number of commits', () => {
    const dir = repository();
    const history = gitHistory(dir).get(path.join(dir, 'window.md'));
    expect(history).toEqual({ firstCommitted: Date.parse('2026-03-01T10:00:00Z'), lastCommitted: Date.parse('2026-03-05T10:00:00Z'), commits: 2 });
  });

  it('warns in a shallow clone, whose history would change from build to build', () => {
    const source = repository();
    const clone = path.join(mkdtempSync(path.join(tmpdir(), 'driftstatus-shallow-')), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${source}`, clone], { stdio: 'ignore' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(gitHistory(clone).get(path.join(clone, 'window.md'))?.commits).toBe(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('shallow git clone'));
    warn.mockClear();
    gitHistory(source);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
