/**
 * The 90-day bar: the worst state of each local day, the availability over those days, and where each
 * day's events are in the system's history. Computed once per system per build.
 */
import { availability } from './availability.ts';
import type { SiteData } from './content/schemas.ts';
import { downtimeSpans } from './downtime.ts';
import type { SiteEvent } from './events.ts';
import type { Incident, PlannedWindow } from './model.ts';
import { environmentStatus, windowEnd, worst, type Status } from './status.ts';
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

/**
 * The availability stated beside the bar: the published formula (availability.ts) over the bar's days,
 * from the first day's local midnight up to `now`, with the site's rules (planned downtime left out
 * of the measured time when the site excludes it). Null when nothing was measured.
 *
 * @example
 * // 90 days ending 2 April 12:00, one hour of outage: 1 − 60 / (89 × 1440 − 60 + 720) ≈ 99.95 %
 */
export function barAvailability(
  { system, environment, now, timeZone, days = 90 }: { system: string; environment: string; now: Instant; timeZone: string; days?: number },
  incidents: readonly Incident[],
  windows: readonly PlannedWindow[],
  rules: SiteData['sla'],
): number | null {
  const first = addDays(localDate(now, timeZone), 1 - days);
  const period = { start: localDayInterval(first, timeZone).start, end: now };
  return availability({ system, environment, period, now }, incidents, windows, rules).availability;
}

/** How long an event of a history list lasts, for finding it by day: an open incident up to now. */
function eventSpan(event: SiteEvent, now: Instant): { start: Instant; end: Instant } {
  const end = event.type === 'incident' ? (event.entry.end ?? now) : windowEnd(event.entry);
  return { start: event.entry.start, end: Math.max(event.entry.start, Math.min(end, now)) };
}

/**
 * For each of `dates` (local days in `timeZone`), the position in `events` (a history list, latest
 * start first) of the first event that touches that day by `now`; undefined for a day without any.
 * An event touches a day when it overlaps it or begins in it (a hot-fix of no length counts).
 */
export function firstEventOfDay(dates: readonly LocalDate[], events: readonly SiteEvent[], now: Instant, timeZone: string): (number | undefined)[] {
  const days = dates.map((date) => localDayInterval(date, timeZone));
  const first = Math.min(...days.map((day) => day.start));
  const found: (number | undefined)[] = dates.map(() => undefined);
  events.forEach((event, index) => {
    const span = eventSpan(event, now);
    if (span.end < first || span.start > now) return;
    days.forEach((day, d) => {
      const touches = span.start < day.end && (span.end > day.start || span.start >= day.start);
      if (touches && found[d] === undefined) found[d] = index;
    });
  });
  return found;
}
