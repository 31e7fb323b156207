/**
 * The editors' commands on the autumn night the clocks go back (issue 14, item 2): a time given with
 * an offset is written back with it, and a time in the hour that happens twice (given, or "now") is
 * written with its offset, so that the file means the instant the editor meant. Runs `node
 * scripts/new.ts` and `scripts/update.ts` with DRIFTSTATUS_NOW in the repeated hour of 2025-10-26
 * in Stockholm (03:00 CEST, 01:00Z, becomes 02:00 CET).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data/read.ts';

let dir: string;

function cli(script: 'new' | 'update', args: string[], now: string) {
  const result = spawnSync(process.execPath, [path.resolve(`scripts/${script}.ts`), ...args], {
    encoding: 'utf8',
    env: { ...process.env, DRIFTSTATUS_CONTENT: dir, DRIFTSTATUS_NOW: now, INIT_CWD: process.cwd() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}
const written = (stdout: string) => path.resolve(stdout.split('\n').at(-1) ?? '');

beforeAll(() => {
  dir = path.join(mkdtempSync(path.join(tmpdir(), 'driftstatus-times-')), 'content');
  cpSync('tests/fixtures/mini', dir, { recursive: true });
});

describe('times written by npm run new and npm run update', () => {
  let file: string;

  it('writes a start given with an offset in the repeated hour with that offset, and "now" with its own', () => {
    // Now is the second 02:45 (01:45Z); the incident started at the second 02:30 (01:30Z).
    const opened = cli(
      'new',
      ['incident', '--system', 'app', '--title', 'Natt', '--impact', 'outage', '--start', '2025-10-26 02:30+01:00', '--text', 'Vi felsöker.'],
      '2025-10-26T02:45:00+01:00',
    );
    expect(opened.status, opened.stderr).toBe(0);
    file = written(opened.stdout);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('start: 2025-10-26 02:30+01:00\n');
    expect(text).toContain('  - at: 2025-10-26 02:45+01:00\n');
  });

  it('writes a resolve time given with an offset with it, and an update outside the repeated hour without', () => {
    const resolved = cli('update', [file, '--resolve', '2025-10-26 02:55+01:00'], '2025-10-26T03:05:00+01:00');
    expect(resolved.status, resolved.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('start: 2025-10-26 02:30+01:00\nend: 2025-10-26 02:55+01:00\n');
    expect(text).toContain('  - at: 2025-10-26 03:05\n    status: resolved\n');
  });

  it('stores the instants the editor meant: 25 minutes of outage, not an hour and 25', () => {
    const { content, problems } = loadContent(dir);
    expect(problems).toEqual([]);
    const incident = content.incidents.find((i) => i.title === 'Natt');
    expect(incident?.start).toBe(Date.UTC(2025, 9, 26, 1, 30));
    expect(incident?.end).toBe(Date.UTC(2025, 9, 26, 1, 55));
    expect(incident?.updates.map((u) => u.at)).toEqual([Date.UTC(2025, 9, 26, 1, 45), Date.UTC(2025, 9, 26, 2, 5)]);
  });

  it('writes an incident opened "now" in the first pass of the repeated hour with +02:00', () => {
    const opened = cli('new', ['incident', '--system', 'app', '--title', 'Natt igen', '--impact', 'degraded'], '2025-10-26T02:20:00+02:00');
    expect(opened.status, opened.stderr).toBe(0);
    expect(readFileSync(written(opened.stdout), 'utf8')).toContain('start: 2025-10-26 02:20+02:00\n');
  });

  it('keeps an offset given outside the repeated hour as given', () => {
    const planned = cli(
      'new',
      ['maintenance', '--kind', 'upgrade', '--system', 'app', '--title', 'Sommar', '--start', '2026-07-01 10:00+00:00', '--end', '2026-07-01 12:00Z'],
      '2026-03-10T10:00:00+01:00',
    );
    expect(planned.status, planned.stderr).toBe(0);
    const text = readFileSync(written(planned.stdout), 'utf8');
    // Written as given (10:00 UTC is 12:00 in Stockholm in July), not converted to the site zone.
    expect(text).toContain('start: 2026-07-01 10:00+00:00\nend: 2026-07-01 12:00+00:00\nannounced: 2026-03-10 10:00\n');
  });
});
