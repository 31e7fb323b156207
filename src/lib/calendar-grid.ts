/**
 * The month grid of the calendar page, like the seed's "Uppgraderingskalender": weeks as rows,
 * Monday to Sunday as columns, and in each day the planned windows that touch it.
 */
import { Temporal } from 'temporal-polyfill';
import type { PlannedWindow } from './model.ts';
import { addDays, addMonths, localDate, localDayInterval, localMonth, type Instant, type LocalDate, type Month } from './time.ts';

export interface GridDay {
  date: LocalDate;
  /** False for the days of the previous and next month that fill the first and last week. */
  inMonth: boolean;
  /** Windows that touch the day, by start. */
  windows: PlannedWindow[];
}

export interface GridWeek {
  /** ISO 8601 week number. */
  week: number;
  days: GridDay[];
}

/** The weeks (Monday first) covering `month`, each day with the windows that touch it. */
export function monthGrid(month: Month, windows: readonly PlannedWindow[], timeZone: string): GridWeek[] {
  const first = Temporal.PlainDate.from(`${month}-01`);
  const start = first.subtract({ days: first.dayOfWeek - 1 });
  const last = first.add({ months: 1 }).subtract({ days: 1 });
  const end = last.add({ days: 7 - last.dayOfWeek });
  const weeks: GridWeek[] = [];
  for (let monday = start; Temporal.PlainDate.compare(monday, end) <= 0; monday = monday.add({ days: 7 })) {
    const days = Array.from({ length: 7 }, (_, index): GridDay => {
      const date = monday.add({ days: index }).toString();
      const { start: dayStart, end: dayEnd } = localDayInterval(date, timeZone);
      return {
        date,
        inMonth: date.startsWith(month),
        windows: windows.filter((w) => w.start < dayEnd && w.end > dayStart),
      };
    });
    weeks.push({ week: monday.weekOfYear ?? 0, days });
  }
  return weeks;
}

/** Months from the one holding `from` to the one holding `to`, in order. */
export function monthsBetween(from: Instant, to: Instant, timeZone: string): Month[] {
  const last = localMonth(to, timeZone);
  const months: Month[] = [];
  for (let month = localMonth(from, timeZone); month <= last; month = addMonths(month, 1)) months.push(month);
  return months;
}

/**
 * The calendar's months: the site's schedule horizon around `now`, stretched to the first and last
 * window, so that every window has its month.
 */
export function calendarMonths(
  now: Instant,
  horizon: { pastDays?: number | undefined; futureDays: number },
  timeZone: string,
  windows: readonly PlannedWindow[] = [],
): Month[] {
  const today = localDate(now, timeZone);
  const starts = windows.map((w) => w.start);
  const from = Math.min(localDayInterval(addDays(today, -(horizon.pastDays ?? 0)), timeZone).start, ...starts);
  const to = Math.max(localDayInterval(addDays(today, horizon.futureDays), timeZone).start, ...starts);
  return monthsBetween(from, to, timeZone);
}
