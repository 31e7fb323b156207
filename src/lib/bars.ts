/**
 * The 90-day bar: the worst state of each local day. Computed once per system per build.
 */
import { downtimeSpans } from './downtime.ts';
import type { Incident, PlannedWindow } from './model.ts';
import { environmentStatus, worst, type Status } from './status.ts';
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
  const { outage, degraded, planned } = downtimeSpans(system, environment, incidents, windows, now);
  const spans = [
    ...outage.map((span) => ({ ...span, status: 'outage' as const })),
    ...degraded.map((span) => ({ ...span, status: 'degraded' as const })),
    ...planned.map((span) => ({ ...span, status: 'maintenance' as const })),
  ].filter((span) => span.end > first);
  // Today includes the state at `now` itself: what began at this very instant has no length yet.
  const current = environmentStatus(system, environment, incidents, windows, now);

  return dates.map((date) => {
    const day = localDayInterval(date, timeZone);
    const touching = spans.filter((span) => span.start < day.end && span.end > day.start).map((span) => span.status);
    return { date, status: worst(date === today ? [...touching, current] : touching) };
  });
}
