import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activityShare, quietestSlot, sampleInterval, typicalWeek, weighsOnUsers } from '../../src/lib/activity-share.ts';
import { activityProfile } from '../../src/lib/activity.ts';
import { parseMetric } from '../../src/lib/content/metrics.ts';
import { formatShare } from '../../src/lib/format.ts';
import { windowView } from '../../src/lib/views/window.ts';
import { at, plannedWindow, site, system } from './helpers.ts';

const zone = 'Europe/Stockholm';
/**
 * Two weeks of hourly samples from Monday 2 March 2026 (no clock change in them): 100 on weekdays
 * 08:00–15:59, 2 on Saturday and Sunday 00:00–05:59, 10 in every other hour; but 300 on the second
 * Thursday at 08:00. The typical week: 40 hours × 100 + 12 × 2 + 116 × 10 = 5184, and Thursday 08:00
 * has the mean (100 + 300) / 2 = 200, 100 more: 5284.
 */
const file = 'tests/fixtures/activity/users.csv';
const metric = parseMetric(file, 'users', readFileSync(file, 'utf8'), zone).metric!;
const week = typicalWeek(metric, zone);

describe('typicalWeek', () => {
  it('folds the samples into a week of slots as long as their interval, each the mean of its weeks', () => {
    expect(sampleInterval(metric)).toBe(60);
    expect(week.means).toHaveLength(168);
    expect(week.means[3 * 24 + 8]).toBe(200);
    expect(week.total).toBe(5284);
  });
});

describe('activityShare', () => {
  it("gives the share of a typical week's activity a window falls on", () => {
    // Thursday 05:30–09:00: half the 05:00 slot (10 / 2 = 5), 06:00 (10), 07:00 (10), 08:00 (200): 225 / 5284.
    expect(activityShare(week, at('2026-03-19 05:30'), at('2026-03-19 09:00'), zone)).toBeCloseTo(225 / 5284, 12);
    // About 4.3 %; the same window on a Saturday: 05:30–06:00 (2 / 2 = 1) and 06:00–09:00 (3 × 10): 31 / 5284, about 0.6 %.
    expect(activityShare(week, at('2026-03-21 05:30'), at('2026-03-21 09:00'), zone)).toBeCloseTo(31 / 5284, 12);
  });

  it('counts the hours that happen on the days the clocks change: none for the skipped one, twice the repeated one', () => {
    // 29 March 2026 01:30–04:00 lasts 1 h 30 min: 01:30–02:00 (2 / 2 = 1) and 03:00–04:00 (2): 3 / 5284.
    expect(activityShare(week, at('2026-03-29 01:30'), at('2026-03-29 04:00'), zone)).toBeCloseTo(3 / 5284, 12);
    // 25 October 2026 01:30–04:00 lasts 3 h 30 min: 1 + 02:00 summer time (2) + 02:00 winter time (2) + 03:00 (2): 7 / 5284.
    expect(activityShare(week, at('2026-10-25 01:30'), at('2026-10-25 04:00'), zone)).toBeCloseTo(7 / 5284, 12);
  });

  it('is all of it for a week or more, and undefined for a metric without activity', () => {
    expect(activityShare(week, at('2026-03-02 00:00'), at('2026-03-09 00:00'), zone)).toBe(1);
    const silent = typicalWeek({ ...metric, samples: metric.samples.map((s) => ({ ...s, value: 0 })) }, zone);
    expect(activityShare(silent, at('2026-03-19 05:30'), at('2026-03-19 09:00'), zone)).toBeUndefined();
  });
});

describe('quietestSlot', () => {
  it('finds the quietest stretch of a given length, and the quietest starting on a weekday', () => {
    const length = 3.5 * 3_600_000;
    // 3 h 30 min takes 4 hourly slots. Saturday 00:00–04:00 is 4 × 2 = 8 (Sunday's is as quiet, but later).
    expect(quietestSlot(week, length)).toEqual({ day: 5, start: 0, share: 8 / 5284 });
    // Starting Monday to Friday: Friday 23:00 (10) into Saturday 00:00–03:00 (3 × 2) is 16.
    expect(quietestSlot(week, length, { weekdays: true })).toEqual({ day: 4, start: 23 * 60, share: 16 / 5284 });
  });
});

describe('windows weighed by activity', () => {
  const systems = [system({ id: 'ladok' })];
  it('counts only downtime of the primary environment, not a cancelled window or a test environment', () => {
    const base = { systems: ['ladok'], start: at('2026-03-19 05:30'), end: at('2026-03-19 09:00') };
    expect(weighsOnUsers(plannedWindow({ ...base, environments: ['production'] }), systems)).toBe(true);
    expect(weighsOnUsers(plannedWindow({ ...base, environments: ['test'] }), systems)).toBe(false);
    expect(weighsOnUsers(plannedWindow({ ...base, cancelled: true }), systems)).toBe(false);
    expect(weighsOnUsers(plannedWindow({ ...base, downtime: false }), systems)).toBe(false);
  });

  it('lists one-off windows apart with their share, and weighs the next window against the quietest slot of its length', () => {
    const train = plannedWindow({ slug: 'train', systems: ['ladok'], start: at('2026-03-19 05:30'), end: at('2026-03-19 09:00'), series: { schedule: 'train', date: '2026-03-16' } });
    // A go-live Wednesday 16:00 to Thursday 08:00: 16:00–24:00 (8 × 10) and Thursday 00:00–08:00 (8 × 10): 160.
    const goLive = plannedWindow({ slug: 'go-live', kind: 'go-live', systems: ['ladok'], start: at('2026-03-11 16:00'), end: at('2026-03-12 08:00') });
    const profile = activityProfile(metric, [goLive, train], systems, zone, at('2026-03-15 12:00'));
    expect(profile.oneOff).toEqual([{ window: goLive, share: 160 / 5284 }]);
    // The go-live is not drawn into the weekly pattern; the train's Thursday 05:00–08:00 hours are.
    expect(profile.planned[2]?.some(Boolean)).toBe(false);
    expect(profile.planned[3]?.map((p, hour) => (p ? hour : -1)).filter((h) => h >= 0)).toEqual([5, 6, 7, 8]);
    expect(profile.next).toEqual({
      window: train,
      share: 225 / 5284,
      quietest: { day: 5, start: 0, share: 8 / 5284 },
      quietestWeekday: { day: 4, start: 23 * 60, share: 16 / 5284 },
    });
  });
});

describe("a planned window's page", () => {
  it("says the share of a typical week's activity its downtime falls on, from the window's actual end", () => {
    const systems = new Map([['ladok', system({ id: 'ladok', environments: [{ id: 'production' }, { id: 'test' }] })]]);
    const context = { site: site(), systems, now: at('2026-03-20 12:00'), weeks: [week] };
    // Planned Thursday 05:30–09:00, finished 07:00: half of 05:00 (5), 06:00 (10): 15 / 5284, about 0.3 %.
    const finished = plannedWindow({ systems: ['ladok'], environments: ['production'], start: at('2026-03-19 05:30'), end: at('2026-03-19 09:00'), finished: at('2026-03-19 07:00') });
    expect(windowView(finished, 'en', context).activity).toEqual([{ label: 'Users', share: 15 / 5284 }]);
    // The test environment's upgrade keeps users working: no share.
    expect(windowView({ ...finished, environments: ['test'] }, 'en', context).activity).toEqual([]);
    expect(windowView(finished, 'en', { ...context, weeks: [] }).activity).toEqual([]);
  });
});

describe('formatShare', () => {
  it('writes a small share with one decimal in the locale, and a share that rounds to nothing as below 0.1 %', () => {
    expect(formatShare(0.0042, 'sv')).toMatch(/^0,4\s%$/);
    expect(formatShare(0.0042, 'en')).toBe('0.4%');
    expect(formatShare(0.0001, 'da')).toMatch(/^< 0,1\s%$/);
  });
});
