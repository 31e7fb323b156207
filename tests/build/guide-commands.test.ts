/**
 * The editors' guide and the commands agree: every command in the guide's table "The quick way" is an
 * npm script, and each one that names no placeholder file (`…`) runs as written, in order, on a copy
 * of the real content folder, leaving it valid. The schedule commands write the override files the
 * guide describes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data/read.ts';

const guide = readFileSync('content/README.md', 'utf8');
const quickWay = guide.slice(guide.indexOf('## The quick way: commands'), guide.indexOf('## How the files look'));
/** The first `npm run …` in each table row. */
const commands = [...quickWay.matchAll(/^\| [^|]+ \| `(npm run [^`]+)`/gm)].map((m) => m[1] ?? '');
const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;

/** Shell-like words: "quoted text" is one word. */
function words(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}

describe("the guide's commands", () => {
  it('lists the commands an editor needs, each an npm script', () => {
    expect(commands.length).toBeGreaterThanOrEqual(10);
    for (const command of commands) expect(Object.keys(scripts), command).toContain(words(command)[2]);
  });

  it('run as written, in order, and leave the content valid', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'driftstatus-guide-')), 'content');
    cpSync('content', dir, { recursive: true });
    // The content folder has the report for October 2026 already: `new -- report` is run by cli.test.ts.
    const runnable = commands.filter((c) => !c.includes('…') && /^npm run (new|update) -- /.test(c) && !c.endsWith('-- report'));
    expect(runnable.length).toBeGreaterThanOrEqual(6);
    const written: string[] = [];
    for (const command of runnable) {
      const [, , script, , ...args] = words(command);
      const result = spawnSync(process.execPath, [path.resolve(`scripts/${script}.ts`), ...args.map((a) => a.replace(/^content\//, `${dir}/`))], {
        encoding: 'utf8',
        // The day the guide's examples are written for; "now" is after the recorded incident's end.
        env: { ...process.env, DRIFTSTATUS_CONTENT: dir, DRIFTSTATUS_NOW: '2026-11-21T08:00:00+01:00', INIT_CWD: process.cwd(), CI: '1' },
      });
      expect(result.status, `${command}\n${result.stderr}`).toBe(0);
      written.push(result.stdout.trim());
    }
    expect(loadContent(dir).problems).toEqual([]);
    const front = (file: string) => parse(readFileSync(file, 'utf8').split('---\n')[1] ?? '');
    const cancelled = written.find((f) => f.includes('2026-12-17'));
    expect(cancelled && front(cancelled)).toEqual({
      title: 'Planerad uppgradering',
      kind: 'upgrade',
      systems: ['ladok', 'ladok-api'],
      environments: ['production'],
      start: '2026-12-17 05:30',
      end: '2026-12-17 09:00',
      cancelled: true,
      overrides: { schedule: 'release-train', date: '2026-12-17' },
    });
    const moved = written.find((f) => f.includes('2026-12-16'));
    expect(moved && front(moved)).toMatchObject({
      environments: ['test'],
      start: '2026-12-16 05:30',
      end: '2026-12-16 11:00',
      announced: '2026-11-21 08:00',
      overrides: { schedule: 'release-train', date: '2026-12-15' },
    });
  }, 120_000);

  it('say what update can do with a schedule, and which dates have a window', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [path.resolve('scripts/update.ts'), 'content/schedules/release-train.yaml', ...args], {
        encoding: 'utf8',
        env: { ...process.env, DRIFTSTATUS_NOW: '2026-12-01T10:00:00+01:00', INIT_CWD: process.cwd(), CI: '1' },
      });
    // Trains run every second Monday from 2026-01-12: 2026-11-30 (+322 days) and 2026-12-14. On Tuesday
    // 2026-12-01 the first date with a window is that day: the test step (day 1) of 2026-11-30. The train
    // of 2026-12-14 has steps on the 15th, 17th, 18th and 21st–23rd (24 and 25 December are public
    // holidays, skipped); that of 2026-11-30 ends on 2026-12-11; the next is that of 2027-01-11.
    const bare = run();
    expect(bare.status).toBe(1);
    expect(bare.stderr.trim()).toBe(
      'content/schedules/release-train.yaml: nothing to do: for a schedule, update cancels one date (npm run update -- content/schedules/release-train.yaml --cancel 2026-12-01) or moves one (--move 2026-12-01 --to "2026-12-02 05:30"); to change the whole series, edit the file',
    );
    const noWindow = run('--cancel', '2026-12-16');
    expect(noWindow.status).toBe(1);
    expect(noWindow.stderr.trim()).toBe('--cancel: release-train has no window on 2026-12-16: its nearest windows are on 2026-12-15 and 2026-12-17');
    const twice = run('--cancel', '2026-03-26');
    expect(twice.stderr.trim()).toBe('--cancel: content/maintenance/2026/2026-03-26-extra-uppgradering.md already replaces the release-train window of 2026-03-26: edit that file instead');
  });
});
