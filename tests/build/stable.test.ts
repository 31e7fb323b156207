/**
 * Two builds of the same content at two instants with no change of state between them give
 * byte-identical feeds, API, calendars and badges; at an instant after a change of state they differ
 * where that change shows, and only there.
 *
 * The corpus is tests/fixtures/feeds in a git repository of its own, committed at fixed dates before
 * the instants (as a deployment's history is): everything on 2026-03-01, the cancellation of
 * `cancelled.md` on 2026-06-05. Its events, in UTC (Stockholm is UTC+2 in summer):
 *   2026-07-15 06:00 hotfix announced, 10:00–10:30 the hotfix (no downtime)
 *   2026-07-31 07:00 the incident `ongoing` begins (09:00 local), 07:15 its first update
 *   2026-09-30 22:00 `autumn` announced (2026-10-01 local midnight)
 * so nothing changes between 2026-07-20 and 2026-07-25, and `ongoing` has begun, without an update, at
 * 2026-07-31 07:10.
 *
 * Outside a git checkout (or with a "now" before the files' commits) a window whose `announced` is
 * still to come has no instant before now to be created at, and the API dates it, and the page, at now
 * (src/lib/statuspage/maintenances.ts, `createdAt`): those builds are not byte-identical yet.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedBuild } from '../support/site.ts';

const FIRST = '2026-07-20T12:00:00Z';
const SECOND = '2026-07-25T12:00:00Z';
const CHANGED = '2026-07-31T07:10:00Z';

/** Machine-readable outputs, the availability figures excepted: those count minutes up to the build. */
const MACHINE = /\.(xml|ics|json|svg)$/;
const MOVES_WITH_NOW = ['api/availability.json'];

let repo: string;
const dist: Record<string, string> = {};

/** Commits the staged files as of `date`, with no user configuration needed. */
function commit(date: string, message: string): void {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Ops', GIT_AUTHOR_EMAIL: 'ops@example.org', GIT_COMMITTER_NAME: 'Ops', GIT_COMMITTER_EMAIL: 'ops@example.org', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  execFileSync('git', ['-C', repo, 'add', '-A'], { env });
  execFileSync('git', ['-C', repo, '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message], { env });
}

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'driftstatus-stable-'));
  cpSync('tests/fixtures/feeds', repo, { recursive: true });
  execFileSync('git', ['-C', repo, 'init', '-q']);
  const cancelled = path.join(repo, 'maintenance/cancelled.md');
  const text = readFileSync(cancelled, 'utf8');
  writeFileSync(cancelled, text.replace('cancelled: true\n', ''));
  commit('2026-03-01T12:00:00Z', 'Content');
  writeFileSync(cancelled, text);
  commit('2026-06-05T12:00:00Z', 'Cancel the June window');
  // The repository's .git is part of the content folder, so these builds share nothing with builds of
  // the fixture's own files (whose history is the project's).
  for (const now of [FIRST, SECOND, CHANGED]) {
    const build = sharedBuild(repo, now);
    if (build.status !== 0) throw new Error(build.stderr);
    dist[now] = build.outDir;
  }
}, 360_000);

afterAll(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
});

const machineFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => MACHINE.test(file) && !MOVES_WITH_NOW.includes(file))
    .sort();
const bytes = (now: string, file: string) => readFileSync(path.join(dist[now] ?? '', file));
const json = (now: string, file: string) => JSON.parse(bytes(now, file).toString('utf8'));
const differing = (a: string, b: string) => machineFiles(dist[a] ?? '').filter((file) => !bytes(a, file).equals(bytes(b, file)));

/** Every document of `/api/v2/`, as the contract lists them. */
const API_DOCUMENTS = [
  'api/v2/summary.json',
  'api/v2/status.json',
  'api/v2/components.json',
  'api/v2/incidents.json',
  'api/v2/incidents/unresolved.json',
  'api/v2/scheduled-maintenances.json',
  'api/v2/scheduled-maintenances/upcoming.json',
  'api/v2/scheduled-maintenances/active.json',
];

describe('builds at two instants with no change between them', () => {
  it('cover feeds, per-system feeds, calendars, every API document and badges', () => {
    const files = machineFiles(dist[FIRST] ?? '');
    expect(files).toEqual(
      expect.arrayContaining([
        'feed.xml',
        'incidents/feed.xml',
        'maintenance/feed.xml',
        'systems/app/feed.xml',
        'systems/api/feed.xml',
        'calendar.ics',
        'systems/app/calendar.ics',
        'systems/api/calendar.ics',
        ...API_DOCUMENTS,
        'badge.svg',
        'systems/app/badge.svg',
      ]),
    );
    expect(machineFiles(dist[SECOND] ?? '')).toEqual(files);
  });

  it('are byte-identical in every machine-readable output', () => {
    expect(differing(FIRST, SECOND)).toEqual([]);
  });

  it('date the page by its last change, the end of the hotfix, in both', () => {
    for (const now of [FIRST, SECOND]) expect(json(now, 'api/v2/status.json').page.updated_at).toBe('2026-07-15T10:30:00Z');
  });

  it('differ in the availability figures only by the minutes measured up to each build', () => {
    const minutes = (now: string) =>
      (json(now, 'api/availability.json') as { system: string; environment: string; month: string; measuredMinutes: number }[])
        .filter((row) => row.system === 'app' && row.environment === 'production' && row.month === '2026-07')
        .map((row) => row.measuredMinutes);
    // Five days of July more, and nothing else: no downtime falls between the two instants.
    expect(minutes(SECOND).map((m, i) => m - (minutes(FIRST)[i] ?? 0))).toEqual([5 * 24 * 60]);
  });
});

describe('a build after a change of state', () => {
  it('differs where the new incident shows: the feeds it belongs to and every API document', () => {
    expect(differing(SECOND, CHANGED).sort()).toEqual(
      [
        'feed.xml',
        'incidents/feed.xml',
        'systems/app/feed.xml',
        // The same feeds in the site's other language.
        'en/feed.xml',
        'en/incidents/feed.xml',
        'en/systems/app/feed.xml',
        // Every document carries `page.updated_at`.
        ...API_DOCUMENTS,
        // The build's stamp, a hash of the summary, tells open pages that a newer build is out.
        'build.json',
      ].sort(),
    );
  });

  it('dates the page by the incident\'s start and lists it as unresolved', () => {
    expect(json(CHANGED, 'api/v2/status.json').page.updated_at).toBe('2026-07-31T07:00:00Z');
    expect(json(CHANGED, 'api/v2/incidents/unresolved.json').incidents.map((i: { id: string }) => i.id)).toEqual(['ongoing']);
    // The maintenances are as they were, but for the state of the components they list.
    const windows = (now: string) =>
      json(now, 'api/v2/scheduled-maintenances.json').scheduled_maintenances.map((m: { components: { id: string }[] }) => ({ ...m, components: m.components.map((c) => c.id) }));
    expect(windows(CHANGED)).toEqual(windows(SECOND));
  });

  it('keeps the calendars and the badges of the primary environments as they were', () => {
    for (const file of ['calendar.ics', 'systems/app/calendar.ics', 'badge.svg', 'systems/app/badge.svg']) {
      expect(bytes(CHANGED, file).equals(bytes(SECOND, file)), file).toBe(true);
    }
  });
});
