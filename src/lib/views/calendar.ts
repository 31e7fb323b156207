/**
 * What a calendar page shows: the month grid with what each cell names, the windows listed under it,
 * and, on the overview, the activity profiles. The page only translates and formats.
 */
import { activityProfile, type ActivityProfile } from '../activity.ts';
import { affectedSystems } from '../affected.ts';
import { calendarMonths, monthGrid } from '../calendar-grid.ts';
import type { SiteEvent } from '../events.ts';
import { schedulePattern, type SchedulePattern } from '../schedule-pattern.ts';
import type { Content, Environment, Metric, PlannedWindow, System } from '../model.ts';
import { windowEnd } from '../status.ts';
import { localDate, localMonth, monthInterval, startOfLocalDay, type Instant, type LocalDate, type Month } from '../time.ts';

/** How many windows still to come the overview lists. */
export const UPCOMING_ON_CALENDAR = 15;

export interface CalendarItem {
  window: PlannedWindow;
  /**
   * The cell's time: the start on the day the window starts, else its end (shown as "–09:00"); `until`
   * is the end as well when the window ends the day it starts (shown as "05:30–09:00").
   */
  time: { edge: 'start' | 'end'; at: Instant; until?: Instant };
  /** Names of the systems the cell gives: when the window names no environments, or touches several systems. */
  systems: string[] | undefined;
  /** The environments that get the work, as in the seed's calendar; undefined when the window names none. */
  environments: Environment[] | undefined;
}

export interface CalendarDay {
  date: LocalDate;
  /** Day of the month, 1–31. */
  day: number;
  /** The first instant of the day (usually local midnight). */
  start: Instant;
  /** False for the days of the previous and next month that fill the first and last week. */
  inMonth: boolean;
  /** The local date of now. */
  today: boolean;
  items: CalendarItem[];
}

export interface CalendarWeek {
  /** ISO 8601 week number. */
  week: number;
  days: CalendarDay[];
}

export interface CalendarMonthView {
  month: Month;
  /** The calendar's front page (`/calendar/`): the month of now, with the coming windows instead of the month's. */
  overview: boolean;
  /** Neighbouring months that have a page. */
  previous: Month | undefined;
  next: Month | undefined;
  weeks: CalendarWeek[];
  /** The overview: windows not over yet, soonest first (at most 15); a month: the windows that touch it. */
  events: SiteEvent[];
  /** On the overview, each usage metric's profile against planned downtime. */
  activity: { metric: Metric; profile: ActivityProfile }[];
  /** On the overview, each weekly schedule's pattern (the seed's two-week upgrade calendar). */
  patterns: SchedulePattern[];
}

export type CalendarContent = Pick<Content, 'site' | 'systems' | 'maintenance' | 'metrics'> & Partial<Pick<Content, 'schedules'>>;

/** What the calendar needs of the site state. */
export interface CalendarState {
  now: Instant;
  systemById: ReadonlyMap<string, System>;
}

/** Every calendar page: the overview first, then one per month of the calendar, in order. */
export function calendarViews(content: CalendarContent, state: CalendarState): CalendarMonthView[] {
  const { site } = content;
  const months = calendarMonths(state.now, site.schedules, site.timezone, content.maintenance);
  const current = localMonth(state.now, site.timezone);
  return [
    calendarMonthView(content, state, current, months, true),
    ...months.map((month) => calendarMonthView(content, state, month, months, false)),
  ];
}

/**
 * One calendar page: `month` among the calendar's `months`; `overview` for the front page.
 *
 * @example
 * calendarMonthView(content, siteState, '2026-12', months, false).weeks[0]?.days[0]?.date // '2026-11-30'
 */
export function calendarMonthView(
  content: CalendarContent,
  state: CalendarState,
  month: Month,
  months: readonly Month[],
  overview: boolean,
): CalendarMonthView {
  const { site, maintenance } = content;
  const index = months.indexOf(month);
  const period = monthInterval(month, site.timezone);
  const listed = overview
    ? maintenance.filter((w) => windowEnd(w) > state.now).slice(0, UPCOMING_ON_CALENDAR)
    : maintenance.filter((w) => w.start < period.end && w.end > period.start);
  return {
    month,
    overview,
    previous: index > 0 ? months[index - 1] : undefined,
    next: index >= 0 ? months[index + 1] : undefined,
    weeks: calendarWeeks(month, content, state),
    events: listed.map((entry): SiteEvent => ({ type: 'maintenance', entry })),
    activity: overview
      ? content.metrics.map((metric) => ({ metric, profile: activityProfile(metric, maintenance, content.systems, site.timezone, state.now) }))
      : [],
    patterns: overview ? (content.schedules ?? []).flatMap((schedule) => schedulePattern(schedule, state.systemById) ?? []) : [],
  };
}

/** The grid of `month`, each day with what its cell says about each window. */
export function calendarWeeks(month: Month, content: Pick<Content, 'site' | 'maintenance'>, state: CalendarState): CalendarWeek[] {
  const timeZone = content.site.timezone;
  const today = localDate(state.now, timeZone);
  return monthGrid(month, content.maintenance, timeZone).map(({ week, days }) => ({
    week,
    days: days.map(({ date, inMonth, windows }) => ({
      date,
      day: Number(date.slice(8)),
      start: startOfLocalDay(date, timeZone),
      inMonth,
      today: date === today,
      items: windows.map((window) => calendarItem(window, date, state.systemById, timeZone)),
    })),
  }));
}

/**
 * A window in the cell of local `date`: its time that day, and which environments get the work (as in
 * the seed's calendar), with the systems when it names no environments or touches several systems.
 */
export function calendarItem(window: PlannedWindow, date: LocalDate, systems: ReadonlyMap<string, System>, timeZone: string): CalendarItem {
  const affected = affectedSystems(window, systems);
  const names = affected.map(({ id, system }) => system?.name ?? id);
  const starts = localDate(window.start, timeZone) === date;
  const ends = localDate(window.end, timeZone) === date;
  return {
    window,
    time: !starts ? { edge: 'end', at: window.end } : ends ? { edge: 'start', at: window.start, until: window.end } : { edge: 'start', at: window.start },
    systems: !window.environments || window.systems.length > 1 ? names : undefined,
    environments: window.environments
      ? distinct(affected.flatMap(({ environments }) => (environments === 'all' ? [] : environments)))
      : undefined,
  };
}

/** Environments without repeats: systems sharing an environment name it once. */
function distinct(environments: Environment[]): Environment[] {
  const seen = new Set<string>();
  return environments.filter(({ id, name }) => {
    const key = `${id}|${name ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The links that subscribe to the calendar at `ics` (an absolute address): over https, and as
 * `webcal:`, which calendar programs open as a subscription. `httpsParts` is the https address cut
 * after each slash past the scheme, where a phone may break the line (never inside a name).
 * @example calendarSubscription('https://org.github.io/status/en/calendar.ics').webcal // 'webcal://org.github.io/status/en/calendar.ics'
 * @example calendarSubscription('https://org.github.io/status/calendar.ics').httpsParts // ['https://org.github.io/', 'status/', 'calendar.ics']
 */
export function calendarSubscription(ics: string): { https: string; httpsParts: string[]; webcal: string } {
  const url = new URL(ics);
  const path = url.pathname.slice(1).split(/(?<=\/)/);
  return { https: url.href, httpsParts: [`${url.protocol}//${url.host}/`, ...path.filter((part) => part !== '')], webcal: `webcal://${url.host}${url.pathname}` };
}
