/**
 * Identities under change: a corpus in a git history of its own is built, then changed the four ways
 * an editor changes planned work — an occurrence of a schedule moved (`moved:`), a one-off window
 * retimed, an occurrence overridden with other times, one cancelled by an override file — one commit
 * each, and built again. Every page address, RSS guid, iCalendar UID and API id of the first build is
 * still there in the second, what did not change is byte-identical, and each change is one new RSS
 * item and one new API update.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/site.ts';

const NOW = '2026-11-20T12:00:00+01:00';
const SITE = 'https://status.example.org/';

// Mondays and Thursdays 05:30–09:00 on app's test environment. Announced two weeks ahead, so at NOW
// the occurrences up to Thursday 3 December are in the feeds.
const SCHEDULE = `title: Uppgradering
kind: upgrade
rrule: FREQ=WEEKLY;BYDAY=MO,TH
first: 2026-10-05
systems: [app]
environments: [test]
start: 05:30
end: 09:00
`;
const ONE_OFF = (start: string, end: string) => `---
title: Extra uppgradering
kind: extra-upgrade
systems: app
environments: production
start: ${start}
end: ${end}
announced: 2026-11-10 10:00
---
`;
const OVERRIDE = (date: string, fields: string) => `---
title: Uppgradering
kind: upgrade
systems: app
environments: test
${fields}
overrides: { schedule: train, date: ${date} }
---
`;

let repo: string;
const dist: string[] = [];

function commit(message: string, date: string) {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Editor', GIT_AUTHOR_EMAIL: 'editor@example.org', GIT_COMMITTER_NAME: 'Editor', GIT_COMMITTER_EMAIL: 'editor@example.org', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  execFileSync('git', ['-C', repo, 'add', '-A'], { env });
  execFileSync('git', ['-C', repo, 'commit', '-q', '--no-gpg-sign', '-m', message], { env });
}

function build() {
  const result = buildSite(path.join(repo, 'content'), NOW);
  if (result.status !== 0) throw new Error(result.stderr);
  dist.push(result.outDir);
  return result.outDir;
}

const write = (file: string, text: string) => writeFileSync(path.join(repo, 'content', file), text);

let before: Outputs;
let after: Outputs;

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'driftstatus-identity-'));
  execFileSync('git', ['-C', repo, 'init', '-q']);
  cpSync('tests/fixtures/feeds', path.join(repo, 'content'), { recursive: true });
  mkdirSync(path.join(repo, 'content/schedules'));
  write('schedules/train.yaml', SCHEDULE);
  write('maintenance/extra.md', ONE_OFF('2026-12-01 05:30', '2026-12-01 09:00'));
  commit('The corpus', '2026-11-10T10:00:00+01:00');
  before = outputs(build());

  write('schedules/train.yaml', `${SCHEDULE}moved: [{ from: 2026-11-23, to: 2026-11-24 }]\n`);
  commit('Move Monday 23 November to the Tuesday', '2026-11-19T10:00:00+01:00');
  write('maintenance/extra.md', ONE_OFF('2026-12-01 06:00', '2026-12-01 09:30'));
  commit('Retime the extra upgrade', '2026-11-19T11:00:00+01:00');
  write('maintenance/langre.md', OVERRIDE('2026-11-26', 'start: 2026-11-26 05:30\nend: 2026-11-26 11:00'));
  commit('Thursday 26 November takes longer', '2026-11-19T12:00:00+01:00');
  write('maintenance/inget.md', OVERRIDE('2026-11-30', 'start: 2026-11-30 05:30\nend: 2026-11-30 09:00\ncancelled: true'));
  commit('No upgrade on Monday 30 November', '2026-11-19T13:00:00+01:00');
  after = outputs(build());
}, 300_000);

afterAll(() => {
  for (const dir of [repo, ...dist]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Everything an integrator may have kept from a build: addresses, guids with their items, UIDs, API ids with their records. */
interface Outputs {
  pages: Set<string>;
  /** `feed file|guid` → the item's XML. */
  items: Map<string, string>;
  uids: Set<string>;
  /** `calendar file|UID` → SEQUENCE. */
  sequences: Map<string, number>;
  /** `api file|id` → the object's JSON. */
  ids: Map<string, string>;
}

function outputs(outDir: string): Outputs {
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).sort();
  const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
  const items = new Map<string, string>();
  for (const feed of files.filter((f) => f.endsWith('feed.xml'))) {
    for (const [item] of read(feed).matchAll(/<item>.*?<\/item>/gs)) {
      const guid = /<guid[^>]*>(.*?)<\/guid>/s.exec(item)?.[1];
      if (guid) items.set(`${feed}|${guid}`, item);
    }
  }
  const ids = new Map<string, string>();
  const collect = (file: string, value: unknown) => {
    if (Array.isArray(value)) value.forEach((v) => collect(file, v));
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record['id'] === 'string') ids.set(`${file}|${record['id']}`, JSON.stringify(record));
      Object.values(record).forEach((v) => collect(file, v));
    }
  };
  for (const api of files.filter((f) => f.startsWith('api/v2/') && f.endsWith('.json'))) collect(api, JSON.parse(read(api)));
  const uids = new Set<string>();
  const sequences = new Map<string, number>();
  for (const ics of files.filter((f) => f.endsWith('.ics'))) {
    for (const [event = ''] of read(ics).replace(/\r\n[ \t]/g, '').matchAll(/^BEGIN:VEVENT\r$.*?^END:VEVENT\r$/gms)) {
      const uid = `${ics}|${/^UID:(.*)\r$/m.exec(event)?.[1]}`;
      uids.add(uid);
      sequences.set(uid, Number(/^SEQUENCE:(\d+)\r$/m.exec(event)?.[1]));
    }
  }
  return { pages: new Set(files.filter((f) => f.endsWith('.html'))), items, uids, sequences, ids };
}

const missing = <T>(first: Iterable<T>, second: { has: (key: T) => boolean }) => [...first].filter((key) => !second.has(key));

/** The four windows changed, by slug: a moved and an overridden occurrence keep the slug of their planned date. */
const CHANGED = ['train-2026-11-23-test', 'extra', 'train-2026-11-26-test', 'train-2026-11-30-test'];
const touches = (key: string) => CHANGED.some((slug) => key.includes(`maintenance/${slug}/`) || key.includes(`|${slug}`));

describe('identities under change', () => {
  it('keeps every page, guid, UID and API id of the first build', () => {
    expect(before.pages.has(`maintenance/train-2026-11-30-test/index.html`)).toBe(true);
    expect(before.items.size).toBeGreaterThan(0);
    expect(before.uids.size).toBeGreaterThan(0);
    expect(missing(before.pages, after.pages)).toEqual([]);
    expect(missing(before.items.keys(), after.items)).toEqual([]);
    expect(missing(before.uids, after.uids)).toEqual([]);
    // By id, whichever document lists it; and in every document but those listing windows by state
    // (summary.json and scheduled-maintenances/upcoming.json hold what is to come: a cancelled window leaves them).
    const apiIds = (outputs: Outputs) => new Set([...outputs.ids.keys()].map((key) => key.split('|')[1]));
    expect(missing(apiIds(before), apiIds(after))).toEqual([]);
    const byState = (key: string) => key.startsWith('api/v2/summary.json|') || key.startsWith('api/v2/scheduled-maintenances/');
    expect(missing(before.ids.keys(), after.ids).filter((key) => !byState(key))).toEqual([]);
  });

  it('revises the calendar event of each changed window with a higher SEQUENCE', () => {
    for (const slug of CHANGED) {
      const uid = `calendar.ics|${slug}@status.example.org`;
      expect(after.sequences.get(uid), slug).toBeGreaterThan(before.sequences.get(uid) ?? Infinity);
    }
  });

  it("serves an override file's own name as the occurrence's page, canonical to it, and adds no other page", () => {
    expect(missing(after.pages, before.pages).sort()).toEqual(['en/maintenance/inget/index.html', 'en/maintenance/langre/index.html', 'maintenance/inget/index.html', 'maintenance/langre/index.html']);
    const html = (outDir: string, page: string) => readFileSync(path.join(outDir, page), 'utf8');
    expect(html(dist[1] ?? '', 'maintenance/langre/index.html')).toBe(html(dist[1] ?? '', 'maintenance/train-2026-11-26-test/index.html'));
    expect(html(dist[1] ?? '', 'maintenance/langre/index.html')).toContain(`<link rel="canonical" href="${SITE}maintenance/train-2026-11-26-test/">`);
  });

  it('leaves every RSS item of the first build as it was, the announcements of the changed windows too', () => {
    const changed = [...before.items].filter(([key, item]) => after.items.get(key) !== item).map(([key]) => key);
    expect(changed).toEqual([]);
  });

  it('leaves the API records of the unchanged windows and incidents as they were', () => {
    // The page record is dated by the last change of content (see statuspage/page.ts), so it moves on;
    // so does `updated_at` of every occurrence of a schedule at a commit to the schedule file (as its
    // SEQUENCE in the calendar does: which occurrences a commit really changed is not worked out yet).
    const comparable = (key: string, record: string | undefined) =>
      key.includes('|train-') && record ? JSON.stringify({ ...(JSON.parse(record) as object), updated_at: undefined }) : record;
    const changed = [...before.ids]
      .filter(([key, record]) => !touches(key) && !key.endsWith('|status-example-org') && comparable(key, after.ids.get(key)) !== comparable(key, record))
      .map(([key]) => key);
    expect(changed).toEqual([]);
  });

  it('announces each change as one new RSS item in every feed with windows, with a guid of its own', () => {
    // 05:30 and 09:00 CET are 04:30Z and 08:00Z; 06:00–09:30 is 05:00Z–08:30Z; 11:00 is 10:00Z.
    const expected = [
      'maintenance/extra/#rescheduled-20261201T050000Z-20261201T083000Z',
      'maintenance/train-2026-11-23-test/#rescheduled-20261124T043000Z-20261124T080000Z',
      'maintenance/train-2026-11-26-test/#rescheduled-20261126T043000Z-20261126T100000Z',
      'maintenance/train-2026-11-30-test/#cancelled',
    ].map((link) => `${SITE}${link}`);
    for (const feed of ['feed.xml', 'maintenance/feed.xml']) {
      const added = missing(after.items.keys(), before.items).filter((key) => key.startsWith(`${feed}|`)).map((key) => key.slice(feed.length + 1));
      expect(added.sort(), feed).toEqual(expected);
    }
    const cancelled = after.items.get(`feed.xml|${SITE}maintenance/train-2026-11-30-test/#cancelled`);
    expect(cancelled).toContain('<title>Inställt: Uppgradering: Uppgradering');
    const moved = after.items.get(`feed.xml|${SITE}maintenance/train-2026-11-23-test/#rescheduled-20261124T043000Z-20261124T080000Z`);
    expect(moved).toContain('Flyttat från 23 november 2026 05:30–09:00 CET');
  });

  it('announces each change as one new API update, in the site language', () => {
    const file = 'api/v2/scheduled-maintenances.json';
    const added = missing(after.ids.keys(), before.ids).filter((key) => key.startsWith(`${file}|`)).map((key) => key.slice(file.length + 1));
    expect(added.sort()).toEqual([
      'extra-rescheduled-20261201T050000Z-20261201T083000Z',
      'train-2026-11-23-test-rescheduled-20261124T043000Z-20261124T080000Z',
      'train-2026-11-26-test-rescheduled-20261126T043000Z-20261126T100000Z',
      'train-2026-11-30-test-cancelled',
    ]);
    const cancellation = JSON.parse(after.ids.get(`${file}|train-2026-11-30-test-cancelled`) ?? '{}') as { body?: string };
    expect(cancellation.body).toBe('Det här arbetet är inställt och blir inte av.');
    // The updates the first build had are unchanged, the changed windows' announcements among them.
    const updates = [...before.ids].filter(([key]) => key.startsWith(`${file}|`) && /-(announced|in-progress|completed)$/.test(key));
    expect(updates.length).toBeGreaterThan(0);
    expect(updates.filter(([key, update]) => after.ids.get(key) !== update).map(([key]) => key)).toEqual([]);
  });

  it('says on the page what changed', () => {
    const page = (slug: string) => readFileSync(path.join(dist[1] ?? '', `maintenance/${slug}/index.html`), 'utf8');
    expect(page('train-2026-11-23-test')).toContain('Flyttat från 23 november 2026 05:30–09:00 CET');
    expect(page('train-2026-11-26-test')).toContain('Ny tid: var 26 november 2026 05:30–09:00 CET');
    expect(page('train-2026-11-30-test')).toContain('id="cancelled"');
  });
});
