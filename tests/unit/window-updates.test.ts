import { describe, expect, it } from 'vitest';
import { windowItems } from '../../src/lib/feeds.ts';
import type { FileHistory } from '../../src/lib/model.ts';
import { windowAnnouncements, windowChange, windowRevisions, type WindowRevision } from '../../src/lib/window-updates.ts';
import { at, outputContext, plannedWindow, system } from './helpers.ts';

const zone = 'Europe/Stockholm';
const DAY = 86_400_000;
const systems = [system({ id: 'app', name: 'App' })];
const history = (first: string, last: string, commits: number): FileHistory => ({ firstCommitted: at(first), lastCommitted: at(last), commits });

describe('windowRevisions and windowAnnouncements', () => {
  it('announces a one-off once when its file never changed', () => {
    const window = plannedWindow({ start: at('2026-12-09 05:30'), end: at('2026-12-09 09:00'), announced: at('2026-11-20 10:00') });
    const told = windowAnnouncements(windowRevisions(window, history('2026-11-20 10:05', '2026-11-20 10:05', 1)));
    expect(told).toEqual([{ kind: 'scheduled', at: at('2026-11-20 10:00'), start: window.start, end: window.end, fragment: '' }]);
  });

  it('announces each new time of a one-off at the commit that gave it, saying what it was', () => {
    const window = plannedWindow({ start: at('2026-12-09 06:00'), end: at('2026-12-09 09:30') });
    const committed: WindowRevision[] = [
      { at: at('2026-11-20 10:00'), start: at('2026-12-09 05:30'), end: at('2026-12-09 09:00'), cancelled: false },
      { at: at('2026-11-25 14:00'), start: at('2026-12-09 05:30'), end: at('2026-12-09 09:00'), cancelled: false }, // a text edit
      { at: at('2026-11-30 08:00'), start: at('2026-12-09 06:00'), end: at('2026-12-09 09:30'), cancelled: false },
    ];
    const told = windowAnnouncements(windowRevisions(window, history('2026-11-20 10:00', '2026-11-30 08:00', 3), committed));
    expect(told.map((a) => [a.kind, a.at, a.fragment])).toEqual([
      ['scheduled', at('2026-11-20 10:00'), ''],
      // 06:00 CET is 05:00 UTC.
      ['rescheduled', at('2026-11-30 08:00'), 'rescheduled-20261209T050000Z-20261209T083000Z'],
    ]);
    expect(told[1]?.kind === 'rescheduled' && told[1].was).toEqual({ start: at('2026-12-09 05:30'), end: at('2026-12-09 09:00') });
  });

  it('announces a cancellation once, at the commit that made it, after the announcement it calls off', () => {
    const window = plannedWindow({ start: at('2026-12-09 05:30'), end: at('2026-12-09 09:00'), cancelled: true, announced: at('2026-11-20 10:00') });
    const told = windowAnnouncements(windowRevisions(window, history('2026-11-20 10:05', '2026-12-01 16:00', 2)));
    expect(told.map((a) => [a.kind, a.at, a.fragment])).toEqual([
      ['scheduled', at('2026-11-20 10:00'), ''],
      ['cancelled', at('2026-12-01 16:00'), 'cancelled'],
    ]);
  });

  it('gives a time that comes back a second time an id of its own', () => {
    const [a, b] = [at('2026-12-09 05:30'), at('2026-12-09 06:00')];
    const state = (day: number, start: number): WindowRevision => ({ at: at('2026-11-20 10:00') + day * DAY, start, end: start + 3 * 3_600_000, cancelled: false });
    const fragments = windowAnnouncements([state(0, a), state(1, b), state(2, a), state(3, b)]).map((told) => told.fragment);
    expect(new Set(fragments).size).toBe(4);
  });

  it('announces a moved occurrence two weeks before its planned start, then its new time at the commit of the schedule', () => {
    // Planned Saturday 28 March 2026 05:30 CET; moved to Monday 30 March, after the clocks went forward: 05:30 CEST.
    const planned = { start: at('2026-03-28 05:30'), end: at('2026-03-28 09:00') };
    const window = plannedWindow({
      file: 'content/schedules/train.yaml',
      start: at('2026-03-30 05:30'),
      end: at('2026-03-30 09:00'),
      series: { schedule: 'train', date: '2026-03-28', planned },
    });
    const told = windowAnnouncements(windowRevisions(window, history('2026-01-02 10:00', '2026-03-20 12:00', 4)));
    expect(told.map((a) => [a.kind, a.at, a.start, a.fragment])).toEqual([
      ['scheduled', planned.start - 14 * DAY, planned.start, ''],
      ['rescheduled', at('2026-03-20 12:00'), at('2026-03-30 05:30'), 'rescheduled-20260330T033000Z-20260330T070000Z'],
    ]);
  });

  it('dates the change of an overridden occurrence by the override file, never before the announcement', () => {
    const planned = { start: at('2026-12-10 05:30'), end: at('2026-12-10 11:00') };
    const window = plannedWindow({
      file: 'content/maintenance/2026/no-training.md',
      start: planned.start,
      end: planned.end,
      cancelled: true,
      overrides: { schedule: 'train', date: '2026-12-10' },
      series: { schedule: 'train', date: '2026-11-30', planned },
    });
    // Committed a month before the occurrence was announced: the cancellation is news at the announcement.
    const early = windowAnnouncements(windowRevisions(window, history('2026-10-20 09:00', '2026-10-20 09:00', 1)));
    expect(early.map((a) => [a.kind, a.at])).toEqual([
      ['scheduled', planned.start - 14 * DAY],
      ['cancelled', planned.start - 14 * DAY],
    ]);
    const late = windowAnnouncements(windowRevisions(window, history('2026-12-03 09:00', '2026-12-03 09:00', 1)));
    expect(late.map((a) => [a.kind, a.at])).toEqual([
      ['scheduled', planned.start - 14 * DAY],
      ['cancelled', at('2026-12-03 09:00')],
    ]);
  });
});

describe('windowChange', () => {
  it('tells a move to another day from a new time on the same day, across the autumn DST change', () => {
    // Planned Saturday 24 October 05:30 CEST; Sunday 25 October 05:30 is CET, 25 hours later.
    const planned = { start: at('2026-10-24 05:30'), end: at('2026-10-24 09:00') };
    const series = { schedule: 'train', date: '2026-10-24', planned };
    expect(windowChange({ start: at('2026-10-25 05:30'), end: at('2026-10-25 09:00'), series }, zone)).toEqual({ kind: 'moved', was: planned });
    expect(windowChange({ start: at('2026-10-24 06:00'), end: at('2026-10-24 09:00'), series }, zone)).toEqual({ kind: 'retimed', was: planned });
    expect(windowChange({ ...planned, series }, zone)).toBeUndefined();
    expect(windowChange({ ...planned }, zone)).toBeUndefined();
  });
});

describe('windowItems', () => {
  const planned = { start: at('2026-12-10 05:30'), end: at('2026-12-10 09:00') };
  const moved = plannedWindow({
    slug: 'train-2026-12-10-test',
    file: 'content/schedules/train.yaml',
    title: 'Uppgradering',
    start: at('2026-12-11 05:30'),
    end: at('2026-12-11 09:00'),
    environments: ['production'],
    series: { schedule: 'train', date: '2026-12-10', planned },
  });
  const schedule = { 'content/schedules/train.yaml': history('2026-01-02 10:00', '2026-12-01 15:00', 3) };
  const context = (now: number) => outputContext(systems, now, { locale: 'sv', history: schedule });

  it('keeps the announcement of the planned time and adds one item for the new time, in the site language', () => {
    const items = windowItems(moved, context(at('2026-12-02 12:00')));
    expect(items.map((i) => [i.link, i.title, i.pubDate])).toEqual([
      ['https://status.example.org/maintenance/train-2026-12-10-test/', 'Uppgradering: Uppgradering – App (Produktion) (10 december 2026 05:30–09:00 CET)', planned.start - 14 * DAY],
      [
        'https://status.example.org/maintenance/train-2026-12-10-test/#rescheduled-20261211T043000Z-20261211T080000Z',
        'Ny tid: Uppgradering: Uppgradering – App (Produktion) (11 december 2026 05:30–09:00 CET)',
        at('2026-12-01 15:00'),
      ],
    ]);
    expect(items[1]?.description).toMatch(/^<p>Flyttat från 10 december 2026 05:30–09:00 CET<\/p><p>11 december 2026 05:30–09:00 CET<br>/);
  });

  it('gives the planned announcement the same bytes as for an occurrence that was never moved', () => {
    const unmoved = { ...moved, start: planned.start, end: planned.end };
    const [original] = windowItems(unmoved, context(at('2026-12-02 12:00')));
    expect(windowItems(moved, context(at('2026-12-02 12:00')))[0]).toEqual(original);
  });

  it('words the announcement from the replaced occurrence when an override file with a text of its own takes its place', () => {
    const unmoved = { ...moved, start: planned.start, end: planned.end };
    const overridden = {
      ...unmoved,
      file: 'content/maintenance/longer.md',
      title: 'Längre uppgradering',
      body: 'Tar längre tid.',
      end: at('2026-12-10 11:00'),
      overrides: { schedule: 'train', date: '2026-12-10' },
      series: { schedule: 'train', date: '2026-12-10', planned: { ...planned, title: 'Uppgradering', kind: 'upgrade' as const, systems: ['app'], environments: ['production'], downtime: true, body: '' } },
    };
    const ctx = outputContext(systems, at('2026-12-02 12:00'), { locale: 'sv', history: { 'content/maintenance/longer.md': history('2026-12-01 09:00', '2026-12-01 09:00', 1) } });
    const items = windowItems(overridden, ctx);
    expect(items[0]).toEqual(windowItems(unmoved, context(at('2026-12-02 12:00')))[0]);
    expect(items.slice(1).map((i) => [i.link.split('#')[1], i.title, i.pubDate])).toEqual([
      ['rescheduled-20261210T043000Z-20261210T100000Z', 'Ny tid: Uppgradering: Längre uppgradering – App (Produktion) (10 december 2026 05:30–11:00 CET)', at('2026-12-01 09:00')],
    ]);
    expect(items[1]?.description).toMatch(/^<p>Ny tid: var 10 december 2026 05:30–09:00 CET<\/p>/);
  });

  it('says nothing of an occurrence before its announcement', () => {
    expect(windowItems(moved, context(planned.start - 15 * DAY))).toEqual([]);
  });
});
