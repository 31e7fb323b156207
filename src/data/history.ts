/**
 * When content files were committed, from git: one `git log` for the whole content folder. Feeds use
 * the first commit as a planned window's publication time when it gives no `announced`; calendars
 * use the number of commits as the event's SEQUENCE. Outside a git checkout the map is empty.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { FileHistory } from '../lib/model.ts';

/** History of every committed file below `dir`, keyed by absolute path. */
export function gitHistory(dir: string): Map<string, FileHistory> {
  const history = new Map<string, FileHistory>();
  let root: string;
  let log: string;
  try {
    const [top = '', shallow] = execFileSync('git', ['-C', dir, 'rev-parse', '--show-toplevel', '--is-shallow-repository'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).split('\n');
    root = top;
    if (shallow === 'true') {
      console.warn('warning: the content is in a shallow git clone: publication dates and calendar SEQUENCE numbers come from the history it lacks, and will change between builds. Fetch the whole history (fetch-depth: 0).');
    }
    log = execFileSync('git', ['-C', dir, 'log', '--format=%x00%cI', '--name-only', '--no-renames', '--', '.'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 512 * 1024 * 1024,
    });
  } catch {
    return history;
  }
  // Newest commit first: each block is "\0<committer date>\n\n<file>\n<file>…".
  for (const block of log.split('\0').slice(1)) {
    const [date = '', ...files] = block.split('\n');
    const at = Date.parse(date);
    for (const file of files.filter(Boolean)) {
      const key = path.join(root, file);
      const known = history.get(key);
      history.set(key, known ? { ...known, firstCommitted: at, commits: known.commits + 1 } : { firstCommitted: at, lastCommitted: at, commits: 1 });
    }
  }
  return history;
}
