/**
 * The committed versions of the planned-window files, from git: what each version said about the
 * window's times and cancellation, and when it was committed. The feeds and the API announce every new
 * time of a window once, from the commit that gave it (see src/lib/window-updates.ts); the content of
 * the latest version alone cannot tell that a one-off window was retimed. Only files changed more than
 * once are read (one `git show` per version), so a corpus of files committed once costs one `git log`.
 * Outside a git checkout the map is empty.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseMarkdownFile } from '../lib/content/parse.ts';
import { parseDateTime } from '../lib/time.ts';
import type { WindowRevision } from '../lib/window-updates.ts';

const git = (dir: string, args: string[]) =>
  execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 512 * 1024 * 1024 });

/** The versions of every planned-window file below `dir/maintenance` committed more than once, oldest first, keyed by absolute path. */
export function windowFileRevisions(dir: string, timeZone: string): Map<string, WindowRevision[]> {
  const revisions = new Map<string, WindowRevision[]>();
  let root: string;
  let log: string;
  try {
    root = git(dir, ['rev-parse', '--show-toplevel']).trim();
    log = git(dir, ['log', '--format=%x00%H %cI', '--name-only', '--no-renames', '--', 'maintenance']);
  } catch {
    return revisions;
  }
  const commits = new Map<string, { hash: string; at: number }[]>();
  // Newest commit first: each block is "\0<hash> <committer date>\n\n<file>\n<file>…".
  for (const block of log.split('\0').slice(1)) {
    const [head = '', ...files] = block.split('\n');
    const [hash = '', date = ''] = head.split(' ');
    // Translations (`x.en.md`) carry no times.
    for (const file of files.filter((f) => /(^|\/)[^/.]+\.md$/.test(f))) {
      commits.set(file, [{ hash, at: Date.parse(date) }, ...(commits.get(file) ?? [])]);
    }
  }
  for (const [file, versions] of commits) {
    if (versions.length < 2) continue;
    const states = versions.flatMap(({ hash, at }) => {
      const state = versionState(() => git(root, ['show', `${hash}:${file}`]), timeZone);
      return state ? [{ at, ...state }] : [];
    });
    revisions.set(path.join(root, file), states);
  }
  return revisions;
}

/** A version's times and cancellation, or undefined for one that was deleted or does not parse. */
function versionState(read: () => string, timeZone: string): Omit<WindowRevision, 'at'> | undefined {
  let text: string;
  try {
    text = read();
  } catch {
    return undefined;
  }
  const parsed = parseMarkdownFile(text);
  if (!parsed.ok) return undefined;
  const start = parseDateTime(String(parsed.data['start']), timeZone);
  const end = parseDateTime(String(parsed.data['end']), timeZone);
  if (!start.ok || !end.ok) return undefined;
  return { start: start.value, end: end.value, cancelled: parsed.data['cancelled'] === true };
}
