/**
 * Feeds, calendars, the JSON API and badges of a built corpus, read with independent parsers:
 * rss-parser (RSS), ical.js (iCalendar), ajv with the JSON schema the site publishes, fast-xml-parser (SVG).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import ICAL from 'ical.js';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { STATUSPAGE_DOCUMENTS } from '../../src/lib/statuspage/index.ts';
import { sharedBuild } from '../support/site.ts';

const corpus = 'tests/fixtures/feeds';
const BEFORE = '2026-07-31T09:10:00+02:00'; // the ongoing incident has begun, its first update not yet out
const AFTER = '2026-08-02T12:00:00+02:00';
const SITE = 'https://status.example.org/';
const HOSTILE = '<script>alert(1)</script> & "quotes" ]]> åäö æø 🚀 שלום';

let early: string;
let late: string;
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

beforeAll(() => {
  const first = sharedBuild(corpus, BEFORE);
  const second = sharedBuild(corpus, AFTER);
  if (first.status !== 0 || second.status !== 0) throw new Error(first.stderr + second.stderr);
  early = first.outDir;
  late = second.outDir;
}, 180_000);

const parser = new Parser();
const feed = (dir: string, file: string) => parser.parseString(read(dir, file));

describe('RSS', () => {
  it('has an item for every incident start and update and every planned window, each once', async () => {
    const { items } = await feed(late, 'feed.xml');
    const guids = items.map((item) => item.guid);
    expect(new Set(guids).size).toBe(guids.length);
    expect(guids.sort()).toEqual(
      [
        'incidents/hostile/',
        'incidents/hostile/#update-20260329T004000Z',
        'incidents/hostile/#update-20260329T011000Z',
        'incidents/hostile/#update-20260329T014000Z',
        'incidents/quiet-end/',
        'incidents/quiet-end/#resolved',
        'incidents/ongoing/',
        'incidents/ongoing/#update-20260731T071500Z',
        // Not 'maintenance/autumn/': it is announced on 1 October, after this build.
        'maintenance/cancelled/',
        'maintenance/cancelled/#cancelled',
        'maintenance/hotfix/',
        'maintenance/spring/',
        'maintenance/summer/',
      ].map((p) => `${SITE}${p}`).sort(),
    );
  });

  it('keeps every guid between builds at different now, adding only what happened since', async () => {
    const before = (await feed(early, 'feed.xml')).items.map((i) => i.guid);
    const after = (await feed(late, 'feed.xml')).items.map((i) => i.guid);
    expect(after.filter((g) => !before.includes(g))).toEqual([`${SITE}incidents/ongoing/#update-20260731T071500Z`]);
    expect(before.filter((g) => !after.includes(g))).toEqual([]);
  });

  it('dates items from the content, correctly across the DST change, never with the build time', async () => {
    const { items } = await feed(late, 'feed.xml');
    const date = (suffix: string) => new Date(items.find((i) => i.guid === `${SITE}${suffix}`)?.isoDate ?? 0).toISOString();
    expect(date('incidents/hostile/')).toBe('2026-03-29T00:30:00.000Z'); // 01:30 CET
    expect(date('incidents/hostile/#update-20260329T011000Z')).toBe('2026-03-29T01:10:00.000Z'); // 03:10 CEST
    expect(date('maintenance/spring/')).toBe('2026-03-16T09:00:00.000Z'); // announced 10:00 CET
    // Announced on 2026-10-01, after the build: not in the feed yet (tests/unit/feeds.test.ts has it then).
    expect(items.find((i) => i.guid === `${SITE}maintenance/autumn/`)).toBeUndefined();
    expect(date('incidents/quiet-end/#resolved')).toBe('2026-07-01T09:00:00.000Z');
    // Without `announced`: the file's first commit, else the start.
    const committed = execFileSync('git', ['log', '--diff-filter=A', '--format=%cI', '--', `${corpus}/maintenance/summer.md`], { encoding: 'utf8' }).trim();
    expect(date('maintenance/summer/')).toBe(new Date(committed.split('\n').at(-1) || '2026-07-01T03:30:00Z').toISOString());
    for (const item of items) expect(item.isoDate).not.toBe(new Date(AFTER).toISOString());
  });

  it('carries hostile text intact in titles and inert in descriptions', async () => {
    const { items, title } = await feed(late, 'feed.xml');
    expect(title).toBe('Status <Feeds> & "API" ]]>');
    expect(items.find((i) => i.guid === `${SITE}incidents/hostile/`)?.title).toBe(`Avbrott: ${HOSTILE}`);
    const update = items.find((i) => i.guid === `${SITE}incidents/hostile/#update-20260329T004000Z`);
    // Raw HTML is sanitized: the script element goes, the words around it stay.
    expect(update?.content).toContain('Vi undersöker');
    expect(update?.content).toContain('&amp; ]]&gt;');
    expect(update?.content).not.toMatch(/<script|alert\("x"\)/);
    expect(items.find((i) => i.guid === `${SITE}incidents/hostile/#update-20260329T011000Z`)?.content).toContain('<strong>hittad</strong>');
  });

  it('splits into incident, maintenance and per-system feeds', async () => {
    const incidents = (await feed(late, 'incidents/feed.xml')).items;
    const maintenance = (await feed(late, 'maintenance/feed.xml')).items;
    const api = (await feed(late, 'systems/api/feed.xml')).items;
    expect(incidents).toHaveLength(8);
    expect(incidents.every((i) => i.guid?.startsWith(`${SITE}incidents/`))).toBe(true);
    expect(maintenance).toHaveLength(5);
    expect(api.map((i) => i.guid).sort()).toEqual(
      [
        `${SITE}incidents/hostile/`,
        ...['0040', '0110', '0140'].map((t) => `${SITE}incidents/hostile/#update-20260329T${t}00Z`),
        `${SITE}maintenance/cancelled/`,
        `${SITE}maintenance/cancelled/#cancelled`,
        `${SITE}maintenance/spring/`,
      ].sort(),
    );
    // A cancellation is news of its own, never dated before the announcement it calls off.
    const cancelled = maintenance.filter((i) => i.guid?.startsWith(`${SITE}maintenance/cancelled/`));
    // The announcement stays as it was sent: the cancellation says "Inställt", the announcement its kind.
    expect(cancelled.map((i) => i.title?.split(':')[0])).toEqual(['Inställt', 'Servicefönster']);
    expect(Date.parse(cancelled[0]?.isoDate ?? '')).toBeGreaterThanOrEqual(Date.parse(cancelled[1]?.isoDate ?? ''));
  });
});

describe('iCalendar', () => {
  const events = (dir: string, file = 'calendar.ics') =>
    new ICAL.Component(ICAL.parse(read(dir, file))).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));

  it('has every planned window once, with stable UIDs and stamps', () => {
    const late_ = events(late);
    const early_ = events(early);
    expect(late_.map((e) => e.uid).sort()).toEqual(
      ['autumn', 'cancelled', 'hotfix', 'spring', 'summer'].map((s) => `${s}@status.example.org`),
    );
    expect(early_.map((e) => `${e.uid} ${e.component.getFirstPropertyValue('dtstamp')} ${e.sequence}`)).toEqual(
      late_.map((e) => `${e.uid} ${e.component.getFirstPropertyValue('dtstamp')} ${e.sequence}`),
    );
  });

  it('gives the right absolute times across both DST changes, and each event one occurrence', () => {
    const byUid = new Map(events(late).map((e) => [e.uid.split('@')[0], e]));
    const span = (uid: string) => {
      const event = byUid.get(uid);
      return [event?.startDate.toJSDate().toISOString(), event?.endDate.toJSDate().toISOString()];
    };
    expect(span('spring')).toEqual(['2026-03-29T00:00:00.000Z', '2026-03-29T02:00:00.000Z']); // 01:00 CET – 04:00 CEST: 2 h
    expect(span('autumn')).toEqual(['2026-10-24T23:00:00.000Z', '2026-10-25T03:00:00.000Z']); // 01:00 CEST – 04:00 CET: 4 h
    expect(span('summer')).toEqual(['2026-07-01T03:30:00.000Z', '2026-07-01T07:00:00.000Z']);
    for (const event of byUid.values()) {
      const iterator = event.iterator();
      expect(iterator.next()?.toJSDate().getTime()).toBe(event.startDate.toJSDate().getTime());
      expect(iterator.next()).toBeFalsy();
    }
  });

  it('keeps cancelled windows as cancelled, and a window without downtime as free time', () => {
    const byUid = new Map(events(late).map((e) => [e.uid.split('@')[0], e.component]));
    expect(byUid.get('cancelled')?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(byUid.get('spring')?.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(byUid.get('hotfix')?.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
  });

  it('has per-system calendars', () => {
    expect(events(late, 'systems/api/calendar.ics').map((e) => e.uid.split('@')[0]).sort()).toEqual(['cancelled', 'spring']);
  });
});

describe('JSON API in the Statuspage v2 shape', () => {
  const json = (dir: string, file: string) => JSON.parse(read(dir, `api/v2/${file}`));
  // The schema the site publishes (src/lib/statuspage/schema.ts), each document against its own definition.
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  let schema: { $id: string };

  beforeAll(() => {
    schema = json(late, 'schema.json');
    ajv.addSchema(schema);
  });

  it.each(STATUSPAGE_DOCUMENTS)('%s matches its schema at both instants', (file) => {
    const validate = ajv.getSchema(`${schema.$id}#/definitions/${file.replace(/\//g, '~1')}`);
    for (const dir of [early, late]) {
      const valid = validate?.(json(dir, file));
      expect(validate?.errors ?? [], file).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('reports the state, open incidents and maintenance honestly at now', () => {
    const summary = json(late, 'summary.json');
    expect(summary.page).toMatchObject({ name: 'Status <Feeds> & "API" ]]>', url: SITE, time_zone: 'Europe/Stockholm' });
    // The page changed when its content or state last did, not at the build (2026-08-02T10:00:00Z).
    const times: string[] = [
      ...summary.components.map((c: { updated_at: string }) => c.updated_at),
      ...summary.incidents.flatMap((i: { updated_at: string; incident_updates: { updated_at: string }[] }) => [i.updated_at, ...i.incident_updates.map((u) => u.updated_at)]),
      ...summary.scheduled_maintenances.map((m: { updated_at: string }) => m.updated_at),
    ];
    expect(summary.page.updated_at).toBe(times.sort().at(-1));
    expect(summary.page.updated_at <= '2026-08-02T10:00:00Z').toBe(true);
    // A component of the test environment is down: Statuspage calls that a partial outage of the page.
    expect(summary.status).toEqual({ indicator: 'major', description: 'Partial System Outage' });
    expect(summary.incidents.map((i: { id: string }) => i.id)).toEqual(['ongoing']);
    const test = summary.components.find((c: { id: string }) => c.id === 'app:test');
    expect(test.status).toBe('major_outage');
    const group = summary.components.find((c: { group: boolean }) => c.group);
    expect(group).toMatchObject({ name: 'Core & <Infra>', components: ['api', 'app', 'app:test'], status: 'major_outage' });
    // Nothing changed before it was created; a group spans its members' times.
    type Component = { id: string; created_at: string; updated_at: string };
    const components: Component[] = summary.components;
    for (const c of components) expect(c.created_at <= c.updated_at, c.id).toBe(true);
    const members = components.filter((c) => group.components.includes(c.id));
    expect(group.created_at).toBe(members.map((c) => c.created_at).sort()[0]);
    expect(group.updated_at).toBe(members.map((c) => c.updated_at).sort().at(-1));
    expect(group.updated_at <= summary.page.updated_at).toBe(true);
    expect(json(late, 'scheduled-maintenances/upcoming.json').scheduled_maintenances.map((m: { id: string }) => m.id)).toEqual(['autumn']);
    expect(json(early, 'incidents/unresolved.json').incidents.map((i: { id: string }) => i.id)).toEqual(['ongoing']);
  });

  it('keeps ids stable between builds and times exact across DST', () => {
    const ids = (dir: string) => json(dir, 'incidents.json').incidents.flatMap((i: { id: string; incident_updates: { id: string }[] }) => [i.id, ...i.incident_updates.map((u) => u.id)]);
    expect(ids(early).every((id: string) => ids(late).includes(id))).toBe(true);
    const hostile = json(late, 'incidents.json').incidents.find((i: { id: string }) => i.id === 'hostile');
    expect(hostile).toMatchObject({ name: HOSTILE, status: 'resolved', impact: 'major', started_at: '2026-03-29T00:30:00Z', resolved_at: '2026-03-29T01:30:00Z' });
    expect(hostile.incident_updates.map((u: { status: string; created_at: string }) => `${u.status} ${u.created_at}`)).toEqual([
      'resolved 2026-03-29T01:40:00Z',
      'identified 2026-03-29T01:10:00Z',
      'investigating 2026-03-29T00:40:00Z',
    ]);
    const cancelled = json(late, 'scheduled-maintenances.json').scheduled_maintenances.find((m: { id: string }) => m.id === 'cancelled');
    expect(cancelled).toMatchObject({ status: 'completed', cancelled: true, scheduled_for: '2026-06-10T16:00:00Z' });
  });
});

describe('hostile text in every output', () => {
  const WINDOW = 'Uppgradering <i>med</i> "citat", komma; semikolon \\ backslash\r\noch en ny rad';

  it('HTML: titles come through as text, intact, and raw HTML in Markdown is sanitized', () => {
    const html = parse(read(late, 'incidents/hostile/index.html'));
    expect(html.querySelector('h1')?.text).toBe(HOSTILE);
    const scripts = html.querySelectorAll('script').map((s) => s.getAttribute('src') ?? s.getAttribute('type'));
    expect(scripts.every((s) => s === 'application/json' || s?.startsWith('/_astro/'))).toBe(true);
    const prose = html.querySelectorAll('.prose').map((p) => p.innerHTML).join('');
    expect(prose).toContain('<strong>fetstil</strong>');
    expect(prose).not.toMatch(/onerror|<script|__pwned/);
    const windowPage = parse(read(late, 'maintenance/summer/index.html'));
    expect(windowPage.querySelector('h1')?.text.replace(/\r\n/g, '\n')).toBe(WINDOW.replace(/\r\n/g, '\n'));
  });

  it('iCalendar: commas, semicolons, backslashes and line breaks escaped, lines folded at 75 octets', () => {
    const ics = read(late, 'calendar.ics');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // Unfolded (RFC 5545 §3.1: CRLF + space continues a line), the text is escaped per §3.3.11.
    expect(ics.replace(/\r\n /g, '')).toMatch(/SUMMARY:Uppgradering: Uppgradering <i>med<\/i> "citat"\\, komma\\; semikolon \\\\ backslash\\n/);
    const summer = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)).find((e) => e.uid.startsWith('summer@'));
    expect(summer?.summary).toBe(`Uppgradering: ${WINDOW.replace(/\r\n/g, '\n')} – App <b>&</b> "Ü" ]]> (Produktion)`);
  });

  it('JSON and RSS: the same text, exactly', async () => {
    const maintenances = JSON.parse(read(late, 'api/v2/scheduled-maintenances.json')).scheduled_maintenances as { id: string; name: string }[];
    expect(maintenances.find((m) => m.id === 'summer')?.name).toBe(WINDOW);
    const { items } = await feed(late, 'feed.xml');
    expect(items.find((i) => i.guid === `${SITE}maintenance/summer/`)?.title).toContain('Uppgradering <i>med</i> "citat", komma; semikolon \\ backslash');
  });
});

describe('badges', () => {
  const svg = (file: string) => new XMLParser({ ignoreAttributes: false }).parse(read(late, file)).svg;

  it('state the status in words, with hostile names escaped', () => {
    const site = svg('badge.svg');
    expect(site.title).toBe('Status <Feeds> & "API" ]]>: I drift');
    const app = svg('systems/app/badge.svg');
    expect(app.g.text.map((t: { '#text': string }) => t['#text'])).toEqual(['App <b>&</b> "Ü" ]]>', 'I drift']);
    expect(app['@_data-status']).toBe('operational');
  });
});
