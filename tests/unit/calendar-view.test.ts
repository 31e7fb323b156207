import { describe, expect, it } from 'vitest';
import { monthsBetween } from '../../src/lib/calendar-grid.ts';
import type { Metric } from '../../src/lib/model.ts';
import { calendarMonthView, calendarSubscription, calendarViews, type CalendarContent, type CalendarDay } from '../../src/lib/views/calendar.ts';
import { at, plannedWindow, site, system } from './helpers.ts';

const zone = 'Europe/Stockholm';
const systems = [
  system({ id: 'ladok', name: 'Ladok', environments: [{ id: 'production' }, { id: 'test' }, { id: 'mit-ik', name: 'MIT-IK' }] }),
  system({ id: 'api', name: 'Ladok-API' }),
];
const metric: Metric = { slug: 'users', file: 'content/metrics/users.csv', label: 'Users', samples: [{ at: at('2026-03-04 05:00'), value: 10 }] };
const content: CalendarContent = {
  site: site({ schedules: { pastDays: 30, futureDays: 40 } }),
  systems,
  metrics: [metric],
  maintenance: [
    // Over the night the clocks go forward (2026-03-29 02:00 → 03:00).
    plannedWindow({ slug: 'dst-night', systems: ['ladok'], environments: ['test'], start: at('2026-03-28 22:00'), end: at('2026-03-29 05:00') }),
    // Over the month end.
    plannedWindow({ slug: 'month-end', systems: ['ladok', 'api'], environments: ['production', 'test'], start: at('2026-03-31 22:00'), end: at('2026-04-01 02:00') }),
    plannedWindow({ slug: 'april', systems: ['ladok', 'api'], start: at('2026-04-08 05:30'), end: at('2026-04-08 09:00') }),
  ],
};
const state = { now: at('2026-03-15 12:00'), systemById: new Map(systems.map((s) => [s.id, s])) };
const months = ['2026-02', '2026-03', '2026-04'];
const days = (weeks: { days: CalendarDay[] }[]) => weeks.flatMap((w) => w.days);
const day = (weeks: { days: CalendarDay[] }[], date: string) => days(weeks).find((d) => d.date === date);

describe('calendarMonthView', () => {
  const march = calendarMonthView(content, state, '2026-03', months, false);

  it('cuts the month in local time across the change to summer time', () => {
    expect(march.weeks[0]?.days[0]?.date).toBe('2026-02-23');
    expect(days(march.weeks).filter((d) => d.inMonth)).toHaveLength(31);
    const sunday = day(march.weeks, '2026-03-29');
    const monday = day(march.weeks, '2026-03-30');
    expect(((monday?.start ?? 0) - (sunday?.start ?? 0)) / 3_600_000).toBe(23);
    expect(monday?.start).toBe(at('2026-03-30 00:00'));
    expect(sunday?.day).toBe(29);
  });

  it('gives a window its start on its first day and its end on the days after', () => {
    expect(day(march.weeks, '2026-03-28')?.items.map((i) => [i.window.slug, i.time])).toEqual([['dst-night', { edge: 'start', at: at('2026-03-28 22:00') }]]);
    expect(day(march.weeks, '2026-03-29')?.items.map((i) => [i.window.slug, i.time])).toEqual([['dst-night', { edge: 'end', at: at('2026-03-29 05:00') }]]);
    // A window within one day gives both ends: 05:30–09:00.
    const april = calendarMonthView(content, state, '2026-04', months, false);
    expect(day(april.weeks, '2026-04-08')?.items.map((i) => i.time)).toEqual([{ edge: 'start', at: at('2026-04-08 05:30'), until: at('2026-04-08 09:00') }]);
  });

  it('names the environments, and the systems only when it names none or touches several', () => {
    const [night] = day(march.weeks, '2026-03-28')?.items ?? [];
    expect(night).toMatchObject({ systems: undefined, environments: [{ id: 'test' }] });
    const [monthEnd] = day(march.weeks, '2026-03-31')?.items ?? [];
    expect(monthEnd).toMatchObject({ systems: ['Ladok', 'Ladok-API'], environments: [{ id: 'production' }, { id: 'test' }] });
    const april = calendarMonthView(content, state, '2026-04', months, false);
    const [all] = day(april.weeks, '2026-04-08')?.items ?? [];
    expect(all).toMatchObject({ systems: ['Ladok', 'Ladok-API'], environments: undefined });
  });

  it('lists the windows touching the month, one over the month end in both months, and links its neighbours', () => {
    expect(march.events.map((e) => e.entry.slug)).toEqual(['dst-night', 'month-end']);
    expect(march).toMatchObject({ previous: '2026-02', next: '2026-04', overview: false, activity: [] });
    expect(day(march.weeks, '2026-04-01')).toMatchObject({ inMonth: false, items: [{ window: { slug: 'month-end' }, time: { edge: 'end' } }] });
    const april = calendarMonthView(content, state, '2026-04', months, false);
    expect(april.events.map((e) => e.entry.slug)).toEqual(['month-end', 'april']);
    expect(april.next).toBeUndefined();
    expect(calendarMonthView(content, state, '2026-02', months, false).events).toEqual([]);
  });

  it('marks today', () => {
    expect(days(march.weeks).filter((d) => d.today).map((d) => d.date)).toEqual(['2026-03-15']);
  });

  it('gives the subscribe links of a calendar, at the root, under a path and in a language', () => {
    expect(calendarSubscription('https://status.example.org/calendar.ics')).toEqual({
      https: 'https://status.example.org/calendar.ics',
      httpsParts: ['https://status.example.org/', 'calendar.ics'],
      webcal: 'webcal://status.example.org/calendar.ics',
    });
    expect(calendarSubscription('https://org.github.io/status/en/calendar.ics')).toEqual({
      https: 'https://org.github.io/status/en/calendar.ics',
      httpsParts: ['https://org.github.io/', 'status/', 'en/', 'calendar.ics'],
      webcal: 'webcal://org.github.io/status/en/calendar.ics',
    });
  });
});

describe('calendarViews', () => {
  it('has the overview of the month of now with the coming windows and the activity, then every month', () => {
    const views = calendarViews(content, state);
    expect(views.map((v) => [v.month, v.overview])).toEqual([['2026-03', true], ['2026-02', false], ['2026-03', false], ['2026-04', false]]);
    const overview = views[0];
    expect(overview?.events.map((e) => e.entry.slug)).toEqual(['dst-night', 'month-end', 'april']);
    expect(overview?.activity.map((a) => [a.metric.slug, a.profile.averages[2]?.[5]])).toEqual([['users', 10]]);
    const later = calendarViews(content, { ...state, now: at('2026-03-31 23:00') })[0];
    expect(later?.events.map((e) => e.entry.slug)).toEqual(['month-end', 'april']);
  });
});

describe('monthsBetween', () => {
  it('takes the months in the site time zone: the first hour of February is February', () => {
    expect(monthsBetween(Date.parse('2026-01-31T23:30:00Z'), Date.parse('2026-03-31T22:30:00Z'), zone)).toEqual(['2026-02', '2026-03', '2026-04']);
  });
});
