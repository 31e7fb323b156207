import { describe, expect, it } from 'vitest';
import { allEvents } from '../../src/lib/events.ts';
import { siteStateAt } from '../../src/lib/site-state.ts';
import { dayBarView } from '../../src/lib/views/day-bar.ts';
import { eventAnchor, historyLocation, historyPages } from '../../src/lib/views/history.ts';
import { at, content, incident, plannedWindow, system } from './helpers.ts';

const DAY = 86_400_000;
// 3 incidents among 30 weekly upgrades: what made /history/ drown the incidents.
const upgrades = Array.from({ length: 30 }, (_, i) =>
  plannedWindow({ slug: `upgrade-${String(i).padStart(2, '0')}`, start: at('2026-01-07 05:30') + i * 7 * DAY, end: at('2026-01-07 09:00') + i * 7 * DAY }),
);
const incidents = [
  incident({ slug: 'a', start: at('2026-02-02 10:00'), end: at('2026-02-02 11:00') }),
  incident({ slug: 'b', start: at('2026-05-04 10:00'), end: at('2026-05-04 11:00') }),
  incident({ slug: 'c', systems: ['api'], start: at('2026-07-20 10:00'), end: at('2026-07-20 10:40') }),
];
const events = allEvents({ incidents, maintenance: upgrades });

describe('historyPages', () => {
  const pages = historyPages(events, 'history/');

  it('pages every event at the old addresses, and each kind at addresses of its own', () => {
    expect(pages.map((p) => [p.path, p.param, p.currentPage, p.lastPage, p.events.length])).toEqual([
      // 33 events, 25 a page: 25 + 8.
      ['history/', undefined, 1, 2, 25],
      ['history/2/', '2', 2, 2, 8],
      ['history/incidents/', 'incidents', 1, 1, 3],
      ['history/maintenance/', 'maintenance', 1, 2, 25],
      ['history/maintenance/2/', 'maintenance/2', 2, 2, 5],
    ]);
  });

  it('keeps only incidents in the incidents list and only planned work in the other', () => {
    const only = (path: string) => pages.filter((p) => p.path.startsWith(path)).flatMap((p) => p.events);
    expect(only('history/incidents/').map((e) => e.entry.slug)).toEqual(['c', 'b', 'a']);
    expect(only('history/maintenance/').every((e) => e.type === 'maintenance')).toBe(true);
    expect(only('history/maintenance/')).toHaveLength(30);
  });

  it('links each filter from every page, marking the current one, and pages each filter from its own first page', () => {
    const second = pages.find((p) => p.path === 'history/maintenance/2/');
    expect(second?.first).toBe('history/maintenance/');
    expect(second?.filters).toEqual([
      { filter: 'all', path: 'history/', current: false },
      { filter: 'incidents', path: 'history/incidents/', current: false },
      { filter: 'maintenance', path: 'history/maintenance/', current: true },
    ]);
  });

  it('gives an empty list one page, under a system\'s base too', () => {
    expect(historyPages([], 'systems/app/history/').map((p) => [p.path, p.param, p.lastPage, p.events.length])).toEqual([
      ['systems/app/history/', undefined, 1, 0],
      ['systems/app/history/incidents/', 'incidents', 1, 0],
      ['systems/app/history/maintenance/', 'maintenance', 1, 0],
    ]);
  });
});

describe('historyLocation', () => {
  it('is the page and line of the event at a position of the whole list', () => {
    // Position 24 is the last of page 1, 25 the first of page 2.
    expect(historyLocation(events, 24, 'history/')).toEqual({ path: 'history/', anchor: eventAnchor(events[24]!) });
    expect(historyLocation(events, 25, 'history/')).toEqual({ path: 'history/2/', anchor: eventAnchor(events[25]!) });
    expect(eventAnchor({ type: 'incident', entry: incidents[0]! })).toBe('incident-a');
    expect(historyLocation(events, 33, 'history/')).toBeUndefined();
  });
});

describe('dayBarView', () => {
  const now = at('2026-07-22 12:00');
  const state = siteStateAt(content([system({ id: 'app' }), system({ id: 'api' })], { incidents, maintenance: upgrades }), now);
  const app = state.systems.find((s) => s.system.id === 'app')!;

  it('links each day with events to that day\'s latest event in the system\'s history, and leaves quiet days unlinked', () => {
    const bar = dayBarView(app, now, 'Europe/Stockholm');
    const day = (date: string) => bar.days.find((d) => d.date === date);
    expect(bar.days).toHaveLength(90);
    // Upgrade i is on 7 January + 7i days: upgrade 28 on 22 July (7 Jan + 196 days), the last begun by now.
    // app's history, latest first: upgrades 28 … 17 (6 May, 7 Jan + 119 days), then b (4 May); c is api's.
    expect(day('2026-07-22')).toEqual({ date: '2026-07-22', status: 'maintenance', target: { path: 'systems/app/history/', anchor: 'maintenance-upgrade-28' } });
    expect(day('2026-07-20')).toMatchObject({ status: 'operational', target: undefined });
    // b is the 13th line (12 upgrades before it), on page 1.
    expect(day('2026-05-04')).toMatchObject({ status: 'outage', target: { path: 'systems/app/history/', anchor: 'incident-b' } });
    expect(bar.uptime).toBe(app.uptime);
  });

  it('links a day whose event is on a later page of the history to that page', () => {
    // 30 daily hot-fixes, 1–30 July, then x on 30 June: x is line 31 (position 30), on page 2 (lines 26–50).
    const fixes = Array.from({ length: 30 }, (_, i) => plannedWindow({ slug: `fix-${i}`, kind: 'hotfix', downtime: false, start: at('2026-07-01 14:00') + i * DAY, end: at('2026-07-01 14:30') + i * DAY }));
    const x = incident({ slug: 'x', start: at('2026-06-30 10:00'), end: at('2026-06-30 11:00') });
    const later = at('2026-07-30 15:00');
    const summary = siteStateAt(content([system({ id: 'app' })], { incidents: [x], maintenance: fixes }), later).systems[0]!;
    const bar = dayBarView(summary, later, 'Europe/Stockholm');
    expect(bar.days.find((d) => d.date === '2026-06-30')).toEqual({ date: '2026-06-30', status: 'outage', target: { path: 'systems/app/history/2/', anchor: 'incident-x' } });
    expect(bar.days.find((d) => d.date === '2026-07-01')).toEqual({ date: '2026-07-01', status: 'operational', target: { path: 'systems/app/history/2/', anchor: 'maintenance-fix-0' } });
    expect(bar.days.at(-1)?.target).toEqual({ path: 'systems/app/history/', anchor: 'maintenance-fix-29' });
  });
});
