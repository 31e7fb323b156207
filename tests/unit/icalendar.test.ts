import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarIcs, eventEnd, eventRevisions } from '../../src/lib/icalendar.ts';
import type { FileHistory, PlannedWindow } from '../../src/lib/model.ts';
import { expandSchedule } from '../../src/lib/schedules.ts';
import { at, outputContext, plannedWindow, system } from './helpers.ts';

const zone = 'Europe/Stockholm';
const systems = new Map([['app', system({ id: 'app', name: 'App', environments: [{ id: 'production' }, { id: 'test' }] })]]);

const context = (now: number, history: Record<string, FileHistory> = {}, locale: 'sv' | 'en' = 'sv') =>
  outputContext([...systems.values()], now, { locale, history });

/** The events of a calendar as ical.js reads them, by the slug part of their UID. */
function events(ics: string): Map<string, ICAL.Component> {
  const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
  return new Map(vevents.map((vevent) => [String(vevent.getFirstPropertyValue('uid')).split('@')[0] ?? '', vevent]));
}

/** A property as UTC text, e.g. `2026-03-10T06:15:00Z`. */
function utc(event: ICAL.Component | undefined, name: string): string {
  const value = event?.getFirstPropertyValue(name);
  return value instanceof ICAL.Time ? value.toJSDate().toISOString().replace('.000', '') : String(value);
}

const ics = (windows: PlannedWindow[], now: number, history: Record<string, FileHistory> = {}, locale: 'sv' | 'en' = 'sv') =>
  calendarIcs(windows, { name: 'Driftstatus', url: 'https://status.example.org/' }, context(now, history, locale));

describe('calendarIcs: revisions', () => {
  /** A weekly series of three occurrences (Wednesdays 05:30–09:00 in Stockholm). */
  const series = expandSchedule(
    {
      slug: 'train',
      file: 'content/schedules/train.yaml',
      title: 'Uppgradering',
      kind: 'upgrade',
      rrule: 'FREQ=WEEKLY;BYDAY=WE',
      first: '2026-11-04',
      until: '2026-11-18',
      systems: ['app'],
      start: 330,
      end: 540,
      skip: [],
      moved: [],
    },
    zone,
    { from: '2026-11-01', to: '2026-11-30' },
  );
  const added = { firstCommitted: at('2026-10-01 10:00'), lastCommitted: at('2026-10-01 10:00'), commits: 1 };
  // Four later commits that touched no occurrence (comments, say), the last on 20 November.
  const edited = { ...added, lastCommitted: at('2026-11-20 17:00'), commits: 5 };
  const now = at('2026-11-21 12:00');

  it('a commit to a schedule file may retime any occurrence, so each counts it: SEQUENCE and stamp follow the file', () => {
    const calendar = events(ics(series, now, { 'content/schedules/train.yaml': edited }));
    expect([...calendar.keys()]).toEqual(['train-2026-11-04-app', 'train-2026-11-11-app', 'train-2026-11-18-app']);
    for (const event of calendar.values()) {
      expect(event.getFirstPropertyValue('sequence')).toBe(4);
      // 17:00 CET on 20 November is 16:00 UTC; 10:00 CEST on 1 October is 08:00 UTC.
      expect(utc(event, 'dtstamp')).toBe('2026-11-20T16:00:00Z');
      expect(utc(event, 'last-modified')).toBe('2026-11-20T16:00:00Z');
      expect(utc(event, 'created')).toBe('2026-10-01T08:00:00Z');
    }
    for (const event of events(ics(series, now, { 'content/schedules/train.yaml': added })).values()) {
      expect(event.getFirstPropertyValue('sequence')).toBe(0);
    }
  });

  it('the same content at two build instants gives the same calendar', () => {
    const history = { 'content/schedules/train.yaml': edited };
    expect(ics(series, now, history)).toBe(ics(series, at('2026-12-24 12:00'), history));
  });

  it('an occurrence replaced by an override file is one revision, dated by that file', () => {
    const override = plannedWindow({
      slug: 'train-2026-11-11-app',
      file: 'content/maintenance/2026/train-2026-11-11-app.md',
      title: 'Uppgradering',
      start: at('2026-11-11 06:00'),
      end: at('2026-11-11 09:00'),
      overrides: { schedule: 'train', date: '2026-11-11' },
    });
    const committed = at('2026-11-09 15:00');
    const event = events(ics([override], now, { [override.file]: { firstCommitted: committed, lastCommitted: committed, commits: 1 } })).get(override.slug);
    expect(event?.getFirstPropertyValue('sequence')).toBe(1);
    expect(utc(event, 'dtstamp')).toBe('2026-11-09T14:00:00Z');
  });
});

describe('calendarIcs: a finished window', () => {
  const file = 'content/maintenance/2026/upgrade.md';
  // Planned 05:30–09:00 CET (04:30–08:00 UTC), finished at 07:15 CET (06:15 UTC).
  const window = plannedWindow({ slug: 'upgrade', file, start: at('2026-03-10 05:30'), end: at('2026-03-10 09:00'), finished: at('2026-03-10 07:15') });
  const added = at('2026-03-01 12:00');

  it('ends at its finish; the commit that recorded it is one revision', () => {
    const history = { [file]: { firstCommitted: added, lastCommitted: at('2026-03-10 08:00'), commits: 2 } };
    const event = events(ics([window], at('2026-03-11 12:00'), history)).get('upgrade');
    expect(utc(event, 'dtstart')).toBe('2026-03-10T04:30:00Z');
    expect(utc(event, 'dtend')).toBe('2026-03-10T06:15:00Z');
    expect(event?.getFirstPropertyValue('sequence')).toBe(1);
    expect(utc(event, 'dtstamp')).toBe('2026-03-10T07:00:00Z');
    expect(utc(event, 'created')).toBe('2026-03-01T11:00:00Z');
  });

  it('a finish committed ahead keeps the planned end until it passes, and is then one revision, stamped at the finish', () => {
    const history = { [file]: { firstCommitted: added, lastCommitted: added, commits: 1 } };
    const before = events(ics([window], at('2026-03-10 07:00'), history)).get('upgrade');
    expect(utc(before, 'dtend')).toBe('2026-03-10T08:00:00Z');
    expect(before?.getFirstPropertyValue('sequence')).toBe(0);
    expect(utc(before, 'dtstamp')).toBe('2026-03-01T11:00:00Z');
    const after = events(ics([window], at('2026-03-10 07:15'), history)).get('upgrade');
    expect(utc(after, 'dtend')).toBe('2026-03-10T06:15:00Z');
    expect(after?.getFirstPropertyValue('sequence')).toBe(1);
    expect(utc(after, 'dtstamp')).toBe('2026-03-10T06:15:00Z');
  });
});

describe('calendarIcs: a cancelled window', () => {
  const file = 'content/maintenance/2026/called-off.md';
  const window = plannedWindow({ slug: 'called-off', file, title: 'Planerad uppgradering', start: at('2026-03-20 05:30'), end: at('2026-03-20 09:00'), cancelled: true });
  const history = { [file]: { firstCommitted: at('2026-03-01 12:00'), lastCommitted: at('2026-03-05 09:00'), commits: 3 } };
  const now = at('2026-03-06 12:00');

  it('says so in the summary, in the site language, and is free time, still STATUS:CANCELLED', () => {
    const event = events(ics([window], now, history)).get('called-off');
    expect(event?.getFirstPropertyValue('summary')).toBe('Inställt: Uppgradering: Planerad uppgradering – App');
    expect(event?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event?.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(events(ics([window], now, history, 'en')).get('called-off')?.getFirstPropertyValue('summary')).toBe('Cancelled: Upgrade: Planerad uppgradering – App');
  });

  it('in a file of its own, each commit after the first is a revision, the last one its stamp', () => {
    const event = events(ics([window], now, history)).get('called-off');
    expect(event?.getFirstPropertyValue('sequence')).toBe(2);
    expect(utc(event, 'dtstamp')).toBe('2026-03-05T08:00:00Z');
    expect(utc(event, 'last-modified')).toBe('2026-03-05T08:00:00Z');
  });

  it('an override file that cancels an occurrence is one revision of it, two outside git', () => {
    const override = { ...window, overrides: { schedule: 'train', date: '2026-03-20' as const } };
    const committed = at('2026-03-05 09:00');
    const event = events(ics([override], now, { [file]: { firstCommitted: committed, lastCommitted: committed, commits: 1 } })).get('called-off');
    expect(event?.getFirstPropertyValue('sequence')).toBe(1);
    expect(utc(event, 'dtstamp')).toBe('2026-03-05T08:00:00Z');
    expect(events(ics([override], now)).get('called-off')?.getFirstPropertyValue('sequence')).toBe(2);
  });
});

describe('calendarIcs: lines', () => {
  it('ends its last line, END:VCALENDAR, with CRLF', () => {
    const text = ics([plannedWindow({ start: at('2026-03-10 05:30'), end: at('2026-03-10 09:00') })], at('2026-03-01 12:00'));
    expect(text.endsWith('\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('eventRevisions and eventEnd', () => {
  const start = at('2026-03-10 05:30');
  const end = at('2026-03-10 09:00');
  const finished = at('2026-03-10 07:15');

  it('outside git: created when announced, else at the start; revised by a passed finish or a cancellation', () => {
    expect(eventRevisions(plannedWindow({ start, end }), undefined, end)).toEqual({ created: start, modified: start, sequence: 0 });
    const announced = at('2026-03-01 08:00');
    expect(eventRevisions(plannedWindow({ start, end, announced }), undefined, end)).toEqual({ created: announced, modified: announced, sequence: 0 });
    expect(eventRevisions(plannedWindow({ start, end, announced, cancelled: true }), undefined, end)).toEqual({ created: announced, modified: announced, sequence: 1 });
    expect(eventRevisions(plannedWindow({ start, end, finished }), undefined, finished)).toEqual({ created: start, modified: finished, sequence: 1 });
    expect(eventRevisions(plannedWindow({ start, end, finished }), undefined, finished - 1)).toEqual({ created: start, modified: start, sequence: 0 });
  });

  it('a schedule occurrence is revised by each commit of its file after the first', () => {
    const [occurrence] = expandSchedule(
      { slug: 's', file: 'content/schedules/s.yaml', title: 'S', kind: 'upgrade', rrule: 'FREQ=DAILY', first: '2026-03-10', until: '2026-03-10', systems: ['app'], start: 330, end: 540, skip: [], moved: [] },
      zone,
      { from: '2026-03-10', to: '2026-03-10' },
    );
    const first = at('2026-02-01 12:00');
    const history = { firstCommitted: first, lastCommitted: at('2026-03-09 12:00'), commits: 7 };
    expect(occurrence && eventRevisions(occurrence, history, end)).toEqual({ created: first, modified: at('2026-03-09 12:00'), sequence: 6 });
  });

  it('an override continues the SEQUENCE of the occurrence it replaces, whose UID it keeps', () => {
    const schedule = { firstCommitted: at('2026-02-01 12:00'), lastCommitted: at('2026-03-01 12:00'), commits: 5 };
    const override = { firstCommitted: at('2026-03-05 12:00'), lastCommitted: at('2026-03-05 12:00'), commits: 1 };
    const window = plannedWindow({ start, end, cancelled: true, overrides: { schedule: 's', date: '2026-03-10' } });
    // The occurrence was at SEQUENCE 4 (five commits of the schedule); the override is one revision more.
    expect(eventRevisions(window, override, end, schedule).sequence).toBe(5);
  });

  it('ends at a finish only once it has passed', () => {
    expect(eventEnd({ end, finished }, finished)).toBe(finished);
    expect(eventEnd({ end, finished }, finished - 1)).toBe(end);
    expect(eventEnd({ end }, end + 1)).toBe(end);
  });
});
