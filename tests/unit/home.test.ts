import { describe, expect, it } from 'vitest';
import { homeView, PAST_DAYS, pastDays } from '../../src/lib/home.ts';
import type { Content } from '../../src/lib/model.ts';
import { at, incident, plannedWindow, site, system } from './helpers.ts';

const content: Content = {
  site: site(),
  systems: [
    system({ id: 'app', name: 'App', group: 'Core', order: 1 }),
    system({ id: 'api', name: 'API', group: 'Core', order: 2 }),
    system({ id: 'login', name: 'Login' }),
  ],
  incidents: [
    incident({ slug: 'down', systems: ['api'], start: at('2024-03-06 10:00'), end: at('2024-03-06 11:00') }),
    incident({ slug: 'test-slow', impact: 'degraded', environments: ['test'], start: at('2024-03-06 09:00') }),
  ],
  maintenance: [
    plannedWindow({ slug: 'later', start: at('2024-03-20 05:30'), end: at('2024-03-20 09:00') }),
    plannedWindow({ slug: 'soon', start: at('2024-03-13 05:30'), end: at('2024-03-13 09:00') }),
    plannedWindow({ slug: 'test-env', environments: ['test'], start: at('2024-03-11 05:30'), end: at('2024-03-11 11:00') }),
    plannedWindow({ slug: 'off', start: at('2024-03-08 05:30'), end: at('2024-03-08 09:00'), cancelled: true }),
    plannedWindow({ slug: 'fix', kind: 'hotfix', downtime: false, start: at('2024-03-06 10:00'), end: at('2024-03-06 10:30') }),
  ],
  schedules: [],
  reports: [],
  metrics: [],
};

describe('homeView', () => {
  it('answers "is it working?" inside an incident', () => {
    const view = homeView(content, at('2024-03-06 10:15'));
    expect(view.status).toBe('outage');
    expect(view.ongoing.map((i) => i.slug)).toEqual(['down', 'test-slow']);
    expect(view.activeWindows.map((w) => w.slug)).toEqual(['fix']);
    const states = view.groups.flatMap((g) => g.systems.map((s) => [s.system.id, s.status]));
    expect(states).toEqual([['login', 'operational'], ['app', 'operational'], ['api', 'outage']]);
    expect(view.groups.map((g) => g.name)).toEqual([undefined, 'Core']);
    const app = view.groups[1]?.systems[0];
    expect(app?.otherEnvironments).toEqual([{ environment: { id: 'test' }, status: 'degraded' }]);
  });

  it('lists upcoming windows on what readers use, soonest first, without cancelled ones or test environments', () => {
    const view = homeView(content, at('2024-03-07 12:00'));
    expect(view.status).toBe('operational');
    expect(view.nextWindows.map((w) => w.slug)).toEqual(['soon', 'later']);
    expect(homeView(content, at('2024-03-07 12:00'), 1).nextWindows.map((w) => w.slug)).toEqual(['soon']);
  });

  it('shows planned maintenance while a window with downtime is active', () => {
    const view = homeView(content, at('2024-03-13 06:00'));
    expect(view.status).toBe('maintenance');
    expect(view.activeWindows.map((w) => w.slug)).toEqual(['soon']);
  });
});

describe('recent and past incidents on the home page', () => {
  const outage = incident({ slug: 'outage', start: at('2026-03-10 10:00'), end: at('2026-03-10 12:00') });
  const base = { ...content, incidents: [outage], maintenance: [] };

  it('mentions an outage 40 minutes after it ended: not ongoing, but resolved recently and in its day', () => {
    const view = homeView(base, at('2026-03-10 12:40'));
    expect(view.status).toBe('operational');
    expect(view.ongoing).toEqual([]);
    expect(view.resolved.map((i) => i.slug)).toEqual(['outage']);
    expect(view.pastDays[0]).toEqual({ date: '2026-03-10', incidents: [outage] });
  });

  it('lists resolved incidents for site.home.recentDays local days, today included', () => {
    // The outage ended 10 March 12:00. recentDays 7 on 16 March: 16 − 6 = since 10 March 00:00, listed;
    // on 17 March: since 11 March 00:00, gone. recentDays 14: 23 − 13 = 10 March, listed; 24 March: gone.
    expect(homeView(base, at('2026-03-16 23:59')).resolved.map((i) => i.slug)).toEqual(['outage']);
    expect(homeView(base, at('2026-03-17 00:00')).resolved).toEqual([]);
    const longer = { ...base, site: site({ home: { recentDays: 14 } }) };
    expect(homeView(longer, at('2026-03-23 12:00')).resolved.map((i) => i.slug)).toEqual(['outage']);
    expect(homeView(longer, at('2026-03-24 00:00')).resolved).toEqual([]);
  });

  it('orders resolved incidents by their end, latest first, and leaves out open and future ones', () => {
    const list = [
      outage,
      incident({ slug: 'long', start: at('2026-03-09 08:00'), end: at('2026-03-10 13:00') }),
      incident({ slug: 'open', start: at('2026-03-10 11:00') }),
      incident({ slug: 'later', start: at('2026-03-11 09:00'), end: at('2026-03-11 10:00') }),
    ];
    const view = homeView({ ...base, incidents: list }, at('2026-03-10 14:00'));
    expect(view.resolved.map((i) => i.slug)).toEqual(['long', 'outage']);
    expect(view.ongoing.map((i) => i.slug)).toEqual(['open']);
  });

  it('gives fourteen local days, today first, the quiet ones included, each incident under the day it began', () => {
    const list = [outage, incident({ slug: 'old', start: at('2026-02-24 23:30'), end: at('2026-02-25 01:00') })];
    const days = pastDays(list, at('2026-03-10 12:40'), 'Europe/Stockholm');
    expect(days).toHaveLength(PAST_DAYS);
    expect(days[0]?.date).toBe('2026-03-10');
    // Fourteen days ending 10 March: 10 March back to 25 February (28 days in February 2026).
    expect(days.at(-1)?.date).toBe('2026-02-25');
    expect(days.filter((d) => d.incidents.length > 0).map((d) => d.date)).toEqual(['2026-03-10']);
    expect(days.map((d) => d.date)).toContain('2026-02-28');
    expect(days.map((d) => d.date)).toContain('2026-03-01');
  });

  it('cuts days at local midnight across both DST changes', () => {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST (a 23-hour day); 25 October 2026: 03:00 CEST becomes 02:00 CET (25 hours).
    const spring = [
      incident({ slug: 'before', start: at('2026-03-28 23:30'), end: at('2026-03-29 00:10') }),
      incident({ slug: 'after-jump', start: at('2026-03-29 03:30'), end: at('2026-03-29 04:00') }),
      incident({ slug: 'late', start: at('2026-03-29 23:50'), end: at('2026-03-30 00:20') }),
    ];
    const march = pastDays(spring, at('2026-03-30 12:00'), 'Europe/Stockholm');
    expect(march.slice(0, 3).map((d) => [d.date, d.incidents.map((i) => i.slug)])).toEqual([
      ['2026-03-30', []],
      ['2026-03-29', ['late', 'after-jump']],
      ['2026-03-28', ['before']],
    ]);
    const autumn = [
      incident({ slug: 'first-two', start: Date.parse('2026-10-25T02:30:00+02:00'), end: Date.parse('2026-10-25T02:45:00+02:00') }),
      incident({ slug: 'second-two', start: Date.parse('2026-10-25T02:30:00+01:00'), end: Date.parse('2026-10-25T02:45:00+01:00') }),
      incident({ slug: 'evening', start: at('2026-10-25 23:30'), end: at('2026-10-25 23:50') }),
      incident({ slug: 'next', start: at('2026-10-26 00:00'), end: at('2026-10-26 00:30') }),
    ];
    const october = pastDays(autumn, at('2026-10-26 12:00'), 'Europe/Stockholm');
    expect(october.slice(0, 2).map((d) => [d.date, d.incidents.map((i) => i.slug)])).toEqual([
      ['2026-10-26', ['next']],
      ['2026-10-25', ['evening', 'second-two', 'first-two']],
    ]);
  });

  it('counts a leap day and starts nothing before now', () => {
    const list = [incident({ slug: 'leap', start: at('2028-02-29 10:00'), end: at('2028-02-29 11:00') }), incident({ slug: 'future', start: at('2028-03-02 13:00') })];
    const days = pastDays(list, at('2028-03-02 12:00'), 'Europe/Stockholm');
    expect(days.slice(0, 4).map((d) => [d.date, d.incidents.map((i) => i.slug)])).toEqual([
      ['2028-03-02', []],
      ['2028-03-01', []],
      ['2028-02-29', ['leap']],
      ['2028-02-28', []],
    ]);
  });
});
