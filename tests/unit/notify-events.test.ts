/** The events people are told about, their stable ids, and which are due for whom given the ledger. */
import { describe, expect, it } from 'vitest';
import { notifyEvents, type EventContext, type NotifyEvent } from '../../src/lib/notify/events.ts';
import { planDeliveries, recordSent, wants, emptyLedger, parseLedger } from '../../src/lib/notify/plan.ts';
import { at, incident, plannedWindow } from './helpers.ts';

const rules = (now: number, fields: Partial<EventContext> = {}): EventContext => ({
  now,
  historyOf: () => undefined,
  reminders: { notice: true, beforeStartMinutes: 60, startAndEnd: false },
  minimumDays: 2,
  ...fields,
});

const ids = (events: NotifyEvent[]) => events.map((e) => `${e.kind} ${e.id}`);

const down = incident({
  slug: 'app-down',
  start: at('2026-03-10 10:00'),
  end: at('2026-03-10 12:00'),
  updates: [
    { at: at('2026-03-10 10:10'), status: 'investigating', text: 'Looking.' },
    { at: at('2026-03-10 11:00'), status: 'monitoring', text: 'Fixed, watching.' },
  ],
});

describe('incident events', () => {
  it('has opened, each update, and resolved at the end when no update says so, each with the feed guid as id', () => {
    const events = notifyEvents({ incidents: [down], maintenance: [] }, rules(at('2026-03-10 12:30')));
    // 10:10 and 11:00 in Stockholm (CET, UTC+1) are 09:10 and 10:00 UTC.
    expect(ids(events)).toEqual([
      'incident.opened incidents/app-down/',
      'incident.update incidents/app-down/#update-20260310T091000Z',
      'incident.update incidents/app-down/#update-20260310T100000Z',
      'incident.resolved incidents/app-down/#resolved',
    ]);
  });

  it('has only what happened by now, and the same ids at a later now', () => {
    const early = notifyEvents({ incidents: [down], maintenance: [] }, rules(at('2026-03-10 10:30')));
    expect(ids(early)).toEqual(['incident.opened incidents/app-down/', 'incident.update incidents/app-down/#update-20260310T091000Z']);
    const later = notifyEvents({ incidents: [down], maintenance: [] }, rules(at('2026-03-11 09:00')));
    expect(ids(later).slice(0, 2)).toEqual(ids(early));
  });

  it('calls an incident older than a day stale: written up afterwards, it is not news', () => {
    const events = notifyEvents({ incidents: [down], maintenance: [] }, rules(at('2026-03-11 11:30')));
    // Opened 10:00 the day before: 25.5 h ago; updates 10:10 and 11:00: 25 h 20 min and 24.5 h ago; resolved 12:00: 23.5 h ago.
    expect(events.map((e) => e.stale)).toEqual([true, true, true, false]);
  });
});

describe('planned window events', () => {
  const window = plannedWindow({ slug: 'upgrade', start: at('2026-03-20 05:30'), end: at('2026-03-20 09:00'), announced: at('2026-03-01 09:00') });

  it('announces at `announced`, reminds when the notice time and the hour before come, and tells start and end when asked', () => {
    const now = at('2026-03-20 10:00');
    const plain = notifyEvents({ incidents: [], maintenance: [window] }, rules(now));
    // Start 05:30 CET = 04:30 UTC. Notice reminder: 2 days before, 18 March 05:30; the last one at 04:30.
    expect(ids(plain)).toEqual([
      'window.announced maintenance/upgrade/',
      'window.reminder maintenance/upgrade/#reminder-20260320T043000Z',
      'window.soon maintenance/upgrade/#soon-20260320T043000Z',
    ]);
    expect(plain.map((e) => e.at)).toEqual([at('2026-03-01 09:00'), at('2026-03-18 05:30'), at('2026-03-20 04:30')]);
    const all = notifyEvents({ incidents: [], maintenance: [window] }, rules(now, { reminders: { notice: true, beforeStartMinutes: 60, startAndEnd: true } }));
    expect(ids(all).slice(3)).toEqual(['window.started maintenance/upgrade/#started-20260320T043000Z', 'window.ended maintenance/upgrade/#ended-20260320T043000Z']);
  });

  it('has no reminder before its notice time, and none when it was announced after that time', () => {
    expect(ids(notifyEvents({ incidents: [], maintenance: [window] }, rules(at('2026-03-17 12:00'))))).toEqual(['window.announced maintenance/upgrade/']);
    const late = { ...window, announced: at('2026-03-19 12:00') };
    expect(ids(notifyEvents({ incidents: [], maintenance: [late] }, rules(at('2026-03-20 05:00'))))).toEqual([
      'window.announced maintenance/upgrade/',
      'window.soon maintenance/upgrade/#soon-20260320T043000Z',
    ]);
  });

  it('marks reminders past the start stale, so a late run does not remind of what has begun', () => {
    const events = notifyEvents({ incidents: [], maintenance: [window] }, rules(at('2026-03-20 06:00')));
    expect(events.filter((e) => e.kind !== 'window.announced').map((e) => e.stale)).toEqual([true, true]);
  });

  it('gives a moved window a rescheduled event and reminders of its new time; a cancelled one only its cancellation', () => {
    const file = window.file;
    const history = { firstCommitted: at('2026-03-01 09:00'), lastCommitted: at('2026-03-05 09:00'), commits: 2 };
    const revisions = [
      { at: at('2026-03-01 09:00'), start: window.start, end: window.end, cancelled: false },
      { at: at('2026-03-05 09:00'), start: at('2026-03-21 05:30'), end: at('2026-03-21 09:00'), cancelled: false },
    ];
    const moved = { ...window, start: at('2026-03-21 05:30'), end: at('2026-03-21 09:00') };
    const context = rules(at('2026-03-19 12:00'), { historyOf: (f) => (f === file ? history : undefined), revisionsOf: (f) => (f === file ? revisions : undefined) });
    expect(ids(notifyEvents({ incidents: [], maintenance: [moved] }, context))).toEqual([
      'window.announced maintenance/upgrade/',
      'window.rescheduled maintenance/upgrade/#rescheduled-20260321T043000Z-20260321T080000Z',
      'window.reminder maintenance/upgrade/#reminder-20260321T043000Z',
    ]);
    const cancelled = { ...moved, cancelled: true };
    const cancelledRevisions = [...revisions, { at: at('2026-03-06 09:00'), start: moved.start, end: moved.end, cancelled: true }];
    const after = rules(at('2026-03-19 12:00'), { historyOf: () => history, revisionsOf: () => cancelledRevisions });
    expect(ids(notifyEvents({ incidents: [], maintenance: [cancelled] }, after))).toEqual([
      'window.announced maintenance/upgrade/',
      'window.rescheduled maintenance/upgrade/#rescheduled-20260321T043000Z-20260321T080000Z',
      'window.cancelled maintenance/upgrade/#cancelled',
    ]);
  });
});

describe('reminders across daylight-saving changes', () => {
  const remindersOf = (start: number, end: number, now: number) =>
    notifyEvents({ incidents: [], maintenance: [plannedWindow({ slug: 'w', start, end, announced: Date.UTC(2026, 0, 1) })] }, rules(now)).filter((e) => e.kind !== 'window.announced');

  it('reminds the notice time (48 hours, as the short-notice rule counts) before a start after the spring change', () => {
    // Start Monday 30 March 2026 05:30 CEST = 03:30 UTC; 48 h earlier is 28 March 03:30 UTC = 04:30 CET (the clocks moved on 29 March).
    const [reminder] = remindersOf(at('2026-03-30 05:30'), at('2026-03-30 09:00'), at('2026-03-29 12:00'));
    expect(reminder!.id).toBe('maintenance/w/#reminder-20260330T033000Z');
    expect(reminder!.at).toBe(Date.UTC(2026, 2, 28, 3, 30));
    expect(reminder!.at).toBe(at('2026-03-28 04:30'));
  });

  it('reminds an hour before a start just after the autumn change, at the right one of the two 02:30s', () => {
    // Start 25 October 2026 03:30 CET = 02:30 UTC; an hour before is 01:30 UTC, the second 02:30 of that night (CET, not CEST).
    const start = Date.UTC(2026, 9, 25, 2, 30);
    const events = remindersOf(start, start + 3_600_000, Date.UTC(2026, 9, 25, 1, 45));
    expect(events.map((e) => [e.kind, e.at])).toEqual([
      ['window.reminder', Date.UTC(2026, 9, 23, 2, 30)],
      ['window.soon', Date.UTC(2026, 9, 25, 1, 30)],
    ]);
    // The first 02:30 of that night (CEST) is 00:30 UTC: not yet an hour before.
    expect(remindersOf(start, start + 3_600_000, Date.UTC(2026, 9, 25, 0, 45)).map((e) => e.kind)).toEqual(['window.reminder']);
  });
});

describe('deliveries', () => {
  const now = at('2026-03-10 10:30');
  const events = notifyEvents({ incidents: [down], maintenance: [] }, rules(now));
  const ops = { id: 'ops' };

  it('sends nothing old to a recipient the ledger does not know, and records its baseline', () => {
    const plan = planDeliveries(events, [ops], emptyLedger(), now);
    expect(plan.deliveries).toEqual([]);
    expect(plan.baselined).toEqual([ops]);
    expect(Object.keys(plan.ledger.recipients['ops']!.events)).toEqual(['incidents/app-down/', 'incidents/app-down/#update-20260310T091000Z']);
  });

  it('sends what is new since, once: recorded events are not sent again', () => {
    const baseline = planDeliveries(events.slice(0, 1), [ops], emptyLedger(), now).ledger;
    const first = planDeliveries(events, [ops], baseline, now);
    expect(first.deliveries.map((d) => d.event.id)).toEqual(['incidents/app-down/#update-20260310T091000Z']);
    const ledger = recordSent(first.ledger, 'ops', 'incidents/app-down/#update-20260310T091000Z', now);
    expect(planDeliveries(events, [ops], ledger, now).deliveries).toEqual([]);
  });

  it('records stale events without sending them', () => {
    const known = planDeliveries([], [ops], emptyLedger(), now).ledger;
    const late = notifyEvents({ incidents: [down], maintenance: [] }, rules(at('2026-03-11 11:30')));
    const plan = planDeliveries(late, [ops], known, at('2026-03-11 11:30'));
    // As above: everything but the resolution (23.5 h ago) is over a day old.
    expect(plan.stale).toBe(3);
    expect(plan.deliveries.map((d) => d.event.id)).toEqual(['incidents/app-down/#resolved']);
  });

  it('filters by kind, system and environment', () => {
    const [opened] = events;
    expect(wants({ id: 'a', kinds: ['planned'] }, opened!)).toBe(false);
    expect(wants({ id: 'a', kinds: ['incidents'], systems: ['app'] }, opened!)).toBe(true);
    expect(wants({ id: 'a', systems: ['api'] }, opened!)).toBe(false);
    const inTest = { ...opened!, incident: { ...down, environments: ['test'] } } as NotifyEvent;
    expect(wants({ id: 'a', environments: ['production'] }, inTest)).toBe(false);
    // An incident that names no environment touches all of them.
    expect(wants({ id: 'a', environments: ['production'] }, opened!)).toBe(true);
  });

  it('refuses a ledger file that is not one, rather than start over', () => {
    expect(parseLedger(undefined)).toBeUndefined();
    expect(parseLedger('{"version":1,"recipients":{}}')).toEqual(emptyLedger());
    expect(parseLedger('[]')).toEqual({ error: 'is not a notification ledger (version 1)' });
    expect(parseLedger('{')).toEqual({ error: expect.stringMatching(/^is not valid JSON/) });
  });
});
