import { describe, expect, it } from 'vitest';
import { barAvailability, dailyStatuses, firstEventOfDay } from '../../src/lib/bars.ts';
import { allEvents } from '../../src/lib/events.ts';
import { formatPercent } from '../../src/lib/format.ts';
import { at, incident, plannedWindow, site } from './helpers.ts';

const zone = 'Europe/Stockholm';

describe('dailyStatuses', () => {
  it('gives one cell per local day ending today, across the spring DST change', () => {
    const days = dailyStatuses('app', 'production', [], [], at('2024-04-02 12:00'), zone);
    expect(days).toHaveLength(90);
    expect(days.at(-1)?.date).toBe('2024-04-02');
    expect(days[0]?.date).toBe('2024-01-04');
    expect(new Set(days.map((d) => d.date)).size).toBe(90);
  });

  it('marks each day with the worst state touching it, cut at local midnight', () => {
    const incidents = [
      incident({ impact: 'degraded', start: at('2024-03-30 23:30'), end: at('2024-03-31 00:30') }),
      incident({ slug: 'b', start: at('2024-03-31 10:00'), end: at('2024-03-31 11:00') }),
    ];
    const windows = [plannedWindow({ start: at('2024-03-29 05:30'), end: at('2024-03-29 09:00') })];
    const days = dailyStatuses('app', 'production', incidents, windows, at('2024-04-02 12:00'), zone);
    const byDate = Object.fromEntries(days.map((d) => [d.date, d.status]));
    expect(byDate['2024-03-28']).toBe('operational');
    expect(byDate['2024-03-29']).toBe('maintenance');
    expect(byDate['2024-03-30']).toBe('degraded');
    expect(byDate['2024-03-31']).toBe('outage');
    expect(byDate['2024-04-01']).toBe('operational');
  });

  it('counts only what has happened by now: a window later today does not colour today yet', () => {
    const windows = [plannedWindow({ start: at('2024-04-02 18:00'), end: at('2024-04-02 20:00') })];
    const ongoing = [incident({ systems: ['other'], start: at('2024-04-02 08:00') })];
    const days = dailyStatuses('app', 'production', ongoing, windows, at('2024-04-02 12:00'), zone);
    expect(days.at(-1)?.status).toBe('operational');
    const later = dailyStatuses('app', 'production', [], windows, at('2024-04-02 18:30'), zone);
    expect(later.at(-1)?.status).toBe('maintenance');
  });

  it('colours today with what began at this very instant, as the status does', () => {
    const now = at('2024-04-02 12:00');
    expect(dailyStatuses('app', 'production', [incident({ start: now })], [], now, zone).at(-1)?.status).toBe('outage');
    const windows = [plannedWindow({ start: now, end: at('2024-04-02 14:00') })];
    expect(dailyStatuses('app', 'production', [], windows, now, zone).at(-1)?.status).toBe('maintenance');
    const midnight = at('2024-04-02 00:00');
    const days = dailyStatuses('app', 'production', [incident({ start: at('2024-04-01 22:00') })], [], midnight, zone);
    expect(days.slice(-2).map((d) => d.status)).toEqual(['outage', 'outage']);
  });

  it('ignores other environments, cancelled windows and windows without downtime', () => {
    const now = at('2024-04-02 12:00');
    const list = [
      incident({ environments: ['test'], start: at('2024-04-01 10:00'), end: at('2024-04-01 11:00') }),
    ];
    const windows = [
      plannedWindow({ cancelled: true, start: at('2024-03-31 05:30'), end: at('2024-03-31 09:00') }),
      plannedWindow({ downtime: false, start: at('2024-03-30 05:30'), end: at('2024-03-30 09:00') }),
    ];
    expect(dailyStatuses('app', 'production', list, windows, now, zone).every((d) => d.status === 'operational')).toBe(true);
    expect(dailyStatuses('app', 'test', list, windows, now, zone).at(-2)?.status).toBe('outage');
  });
});

describe('barAvailability', () => {
  // 90 days ending 2 April 2024 12:00 in Stockholm: from 4 January 00:00, 89 whole days and 12 hours,
  // less the hour skipped on 31 March (summer time): 89 × 1440 + 720 − 60 = 128,820 measured minutes.
  const now = at('2024-04-02 12:00');
  const query = { system: 'app', environment: 'production', now, timeZone: zone };
  const outage = incident({ start: at('2024-03-31 10:00'), end: at('2024-03-31 11:00') });
  const window = plannedWindow({ start: at('2024-03-29 05:30'), end: at('2024-03-29 09:00') });
  const rules = site().sla;

  it('states one hour of outage as 1 − 60 / 128,820 = 99.95 %', () => {
    const value = barAvailability(query, [outage], [], rules);
    expect(value).toBeCloseTo(1 - 60 / 128_820, 12);
    expect(formatPercent(value ?? 0, 'sv')).toBe('99,95\u00a0%');
  });

  it('leaves planned downtime out of the measured time when the site excludes it, and counts it as outage otherwise', () => {
    // 3 h 30 min planned: measured 128,820 − 210 = 128,610 minutes; not excluded: 60 + 210 = 270 lost minutes.
    expect(barAvailability(query, [outage], [window], rules)).toBeCloseTo(1 - 60 / 128_610, 12);
    const counted = barAvailability(query, [outage], [window], { ...rules, excludePlanned: false });
    expect(counted).toBeCloseTo(1 - 270 / 128_820, 12);
    expect(formatPercent(counted ?? 0, 'en')).toBe('99.79%');
  });

  it('weighs degraded time by the site\'s degradedWeight', () => {
    const slow = incident({ impact: 'degraded', start: at('2024-03-30 10:00'), end: at('2024-03-30 11:00') });
    expect(barAvailability(query, [slow], [], rules)).toBe(1);
    expect(barAvailability(query, [slow], [], { ...rules, degradedWeight: 0.5 })).toBeCloseTo(1 - 30 / 128_820, 12);
  });

  it('ignores other systems, other environments and what lies before the bar', () => {
    const list = [
      incident({ systems: ['other'], start: at('2024-03-31 10:00'), end: at('2024-03-31 11:00') }),
      incident({ environments: ['test'], start: at('2024-03-31 10:00'), end: at('2024-03-31 11:00') }),
      incident({ start: at('2024-01-03 10:00'), end: at('2024-01-03 23:00') }),
    ];
    expect(barAvailability(query, list, [], rules)).toBe(1);
  });
});

describe('firstEventOfDay', () => {
  const events = allEvents({
    incidents: [
      incident({ slug: 'night', start: at('2024-03-30 23:30'), end: at('2024-03-31 00:30') }),
      incident({ slug: 'open', start: at('2024-04-02 08:00') }),
    ],
    maintenance: [
      plannedWindow({ slug: 'fix', downtime: false, start: at('2024-03-29 06:00'), end: at('2024-03-29 06:00') }),
      plannedWindow({ slug: 'later', start: at('2024-04-02 18:00'), end: at('2024-04-02 20:00') }),
    ],
  }).filter((e) => e.entry.start <= at('2024-04-02 12:00'));
  const dates = ['2024-03-28', '2024-03-29', '2024-03-30', '2024-03-31', '2024-04-01', '2024-04-02'];

  it('finds, for each day, the first event of the history list touching it, by now', () => {
    // The list: open (2 Apr), night (30–31 Mar), fix (29 Mar, no length).
    expect(events.map((e) => e.entry.slug)).toEqual(['open', 'night', 'fix']);
    expect(firstEventOfDay(dates, events, at('2024-04-02 12:00'), zone)).toEqual([undefined, 2, 1, 1, undefined, 0]);
  });
});
