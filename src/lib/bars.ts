/**
 * The 90-day bar: the worst state of each local day. Computed once per system per build.
 */
import { affects, type Incident, type PlannedWindow } from './model.ts';
import { windowEnd, worst, type Status } from './status.ts';
import { addDays, localDate, localDayInterval, type Instant, type LocalDate } from './time.ts';

export interface DayState {
  date: LocalDate;
  /** Worst state of the day up to `now`: the kind of the worst incident, or maintenance for planned downtime. */
  status: Status;
}

/**
 * One state per local day, oldest first, ending with today (in `timeZone`). Only what happened up to
 * `now` counts: a window later today does not colour today yet.
 */
export function dailyStatuses(
  system: string,
  environment: string,
  incidents: readonly Incident[],
  windows: readonly PlannedWindow[],
  now: Instant,
  timeZone: string,
  days = 90,
): DayState[] {
  const today = localDate(now, timeZone);
  const dates = Array.from({ length: days }, (_, index) => addDays(today, index - days + 1));
  const first = localDayInterval(dates[0] ?? today, timeZone).start;
  const spans: { start: Instant; end: Instant; status: Status }[] = [
    ...incidents
      .filter((i) => affects(i, system, environment))
      .map((i) => ({ start: i.start, end: i.end ?? now, status: i.impact })),
    ...windows
      .filter((w) => w.downtime && !w.cancelled && affects(w, system, environment))
      .map((w) => ({ start: w.start, end: windowEnd(w), status: 'maintenance' as const })),
  ].filter((span) => span.end > first && span.start <= now);

  return dates.map((date) => {
    const day = localDayInterval(date, timeZone);
    const until = Math.min(day.end, now + 1);
    const touching = spans.filter((span) => span.start < until && span.end > day.start);
    return { date, status: worst(touching.map((span) => span.status)) };
  });
}
