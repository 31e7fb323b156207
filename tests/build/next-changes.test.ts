/**
 * `npm run next-changes`, run as CI would: the next instants of change, its flags parsed like the other
 * commands', and invalid content refused with the same lines as `npm run check`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace } from '../support/site.ts';

function nextChanges(args: string[], content = 'tests/fixtures/mini', now = '2026-03-10T10:30:00+01:00') {
  return spawnSync(process.execPath, [path.resolve('scripts/next-changes.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, DRIFTSTATUS_CONTENT: content, DRIFTSTATUS_NOW: now },
  });
}

describe('npm run next-changes', () => {
  it('lists the next starts and ends of planned windows, as many as asked', () => {
    const result = nextChanges(['--count', '2']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      '2026-03-11T04:30:00Z  start  upgrade  Planned upgrade',
      '2026-03-11T08:00:00Z  end    upgrade  Planned upgrade',
    ]);
  });

  it('refuses an unknown flag or a bad count with the usage line, exit status 2', () => {
    for (const [args, message] of [[['--cuont', '2'], "Unknown option '--cuont'"], [['--count', 'x'], '--count: must be a whole number of at least 1'], [['--count', '0'], '--count: must be a whole number of at least 1']] as const) {
      const result = nextChanges([...args]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`${message}\nUsage: npm run next-changes [-- --count N]\n`);
    }
  });

  it('refuses invalid content or DRIFTSTATUS_NOW with path:line: field: message lines and the count', () => {
    const broken = nextChanges([], 'tests/fixtures/broken');
    expect(broken.status).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toContain('tests/fixtures/broken/incidents/app-down.md:7: end: 2026-03-09 12:00 is before start 2026-03-10 10:00\n');
    expect(broken.stderr).toMatch(/\n6 problems found\.\n$/);
    expect(hasStackTrace(broken.stderr)).toBe(false);
    const now = nextChanges([], 'tests/fixtures/mini', 'tomorrow');
    expect(now.status).toBe(1);
    expect(now.stderr).toMatch(/^DRIFTSTATUS_NOW: "tomorrow" is not an ISO 8601 instant.*\n1 problem found\.\n$/);
  });
});
