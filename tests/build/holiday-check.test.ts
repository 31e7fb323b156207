/**
 * `npm run check` flags a schedule's window on a public holiday of the site's country with a
 * `path:line` warning (failing only with --strict), and says nothing once the schedule skips holidays.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { userEnv } from '../support/site.ts';

const check = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, [path.resolve('scripts/check.ts'), ...args], {
    encoding: 'utf8',
    env: userEnv({ DRIFTSTATUS_CONTENT: dir, DRIFTSTATUS_NOW: '2026-03-10T10:30:00+01:00' }),
  });

const schedule = (skip: string) => `title: Weekly patch\nrrule: FREQ=WEEKLY;BYDAY=FR\nfirst: 2026-03-13\nuntil: 2026-04-24\nsystems: [app]\nstart: 05:30\nend: 07:00\n${skip}`;

describe('npm run check and public holidays', () => {
  it('warns of a window on Good Friday with its file and line, and is quiet once the schedule skips holidays', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'driftstatus-holidays-')), 'content');
    cpSync('tests/fixtures/mini', dir, { recursive: true });
    writeFileSync(path.join(dir, 'site.yaml'), 'title: Mini status\nurl: https://status.example.org/\ntimezone: Europe/Stockholm\nlocale: sv\nholidays: SE\n');
    mkdirSync(path.join(dir, 'schedules'));
    const file = path.join(dir, 'schedules', 'fridays.yaml');
    writeFileSync(file, schedule(''));

    const warned = check(dir);
    expect(warned.status, warned.stderr).toBe(0);
    // Fridays 13 March to 24 April 2026: Good Friday is 3 April (Easter Sunday 5 April).
    expect(warned.stderr.trim().split('\n')).toEqual([
      `${file}:2: rrule: its window of 2026-04-03 falls on a public holiday in SE (Good Friday): add \`holidays\` to skip, or move or cancel that date (npm run update -- ${file} --cancel 2026-04-03) (warning)`,
    ]);
    expect(check(dir, '--strict').status).toBe(1);

    writeFileSync(file, schedule('skip: holidays\n'));
    const quiet = check(dir, '--strict');
    expect([quiet.status, quiet.stderr]).toEqual([0, '']);
  }, 60_000);
});
