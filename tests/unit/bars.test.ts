import { describe, expect, it } from 'vitest';
import { dailyStatuses } from '../../src/lib/bars.ts';
import { at, incident, plannedWindow } from './helpers.ts';

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
