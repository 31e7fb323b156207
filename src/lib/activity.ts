/**
 * Activity by weekday and hour of day from a usage metric (the Swedish seed's "unique employees per
 * 10 minutes", used to choose upgrade times of low activity), with the hours in which the recurring
 * planned downtime falls. One-off windows (a go-live, an extra upgrade) are listed apart, each with the
 * share of a typical week's activity it fell on: drawn into the weekly pattern they would show as a
 * band every week. Weekdays and hours are local to the site.
 */
import { Temporal } from 'temporal-polyfill';
import { activityShare, quietestSlot, typicalWeek, weighsOnUsers, type QuietSlot } from './activity-share.ts';
import type { ChartSpec } from './charts.ts';
import type { Metric, PlannedWindow, System } from './model.ts';
import { windowEnd } from './status.ts';
import type { Instant, LocalDate } from './time.ts';

export interface ActivityProfile {
  /** First and last sample. */
  from: Instant;
  to: Instant;
  /** Mean value per weekday (0 = Monday) and hour (0–23); null where there are no samples. */
  averages: (number | null)[][];
  /** Whether recurring planned downtime (a schedule's) of a system's primary environment falls in that weekday and hour. */
  planned: boolean[][];
  /** The one-off windows with downtime of a primary environment, by start, each with its share of a typical week's activity. */
  oneOff: { window: PlannedWindow; share: number | undefined }[];
  /** The next window with downtime of a primary environment after `now`, its share, and the quietest slots of its length. */
  next: NextWindow | undefined;
}

export interface NextWindow {
  window: PlannedWindow;
  share: number | undefined;
  /** The quietest slot of the window's length in the whole week, and the quietest starting Monday to Friday. */
  quietest: QuietSlot | undefined;
  quietestWeekday: QuietSlot | undefined;
}

const HOUR = 3_600_000;
const grid = <T,>(value: () => T): T[][] => Array.from({ length: 7 }, () => Array.from({ length: 24 }, value));

function slot(instant: Instant, timeZone: string): [number, number] {
  const local = Temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO(timeZone);
  return [local.dayOfWeek - 1, local.hour];
}

export function activityProfile(
  metric: Metric,
  windows: readonly PlannedWindow[],
  systems: readonly System[],
  timeZone: string,
  now?: Instant,
): ActivityProfile {
  const sums = grid(() => 0);
  const counts = grid(() => 0);
  for (const { at, value } of metric.samples) {
    const [day, hour] = slot(at, timeZone);
    sums[day]![hour]! += value;
    counts[day]![hour]! += 1;
  }
  const planned = grid(() => false);
  const weighing = windows.filter((window) => weighsOnUsers(window, systems));
  for (const window of weighing) {
    if (!window.series) continue;
    // Every hour the window touches: step hour by hour from the start of its first hour.
    for (let at = window.start - (window.start % HOUR); at < windowEnd(window); at += HOUR) {
      const [day, hour] = slot(Math.max(at, window.start), timeZone);
      planned[day]![hour] = true;
    }
  }
  return {
    from: metric.samples[0]?.at ?? 0,
    to: metric.samples.at(-1)?.at ?? 0,
    averages: sums.map((row, day) => row.map((sum, hour) => (counts[day]![hour]! > 0 ? sum / counts[day]![hour]! : null))),
    planned,
    ...weighed(metric, weighing, timeZone, now),
  };
}

/** The one-off windows and the next window, weighed by the metric's typical week. */
function weighed(metric: Metric, windows: readonly PlannedWindow[], timeZone: string, now: Instant | undefined): Pick<ActivityProfile, 'oneOff' | 'next'> {
  const week = typicalWeek(metric, timeZone);
  const share = (window: PlannedWindow) => activityShare(week, window.start, windowEnd(window), timeZone);
  const oneOff = windows.filter((window) => !window.series).map((window) => ({ window, share: share(window) }));
  const coming = now === undefined ? undefined : windows.find((window) => window.start > now);
  const length = coming ? coming.end - coming.start : 0;
  const next = coming && {
    window: coming,
    share: share(coming),
    quietest: quietestSlot(week, length),
    quietestWeekday: quietestSlot(week, length, { weekdays: true }),
  };
  return { oneOff, next };
}

/**
 * A date that falls on weekday `day` of the profile (0 = Monday), for naming the weekday in a locale.
 * @example weekdayDate(2) // '2024-01-03', a Wednesday
 */
export function weekdayDate(day: number): LocalDate {
  // 2024-01-01 was a Monday.
  return `2024-01-0${day + 1}`;
}

/** The week as one line of hourly means (Monday 00 to Sunday 23), with bars where downtime is planned. */
export function activityChart(profile: ActivityProfile, names: { weekday: (day: number) => string; title: string; mean: string; planned: string; unit: string }): ChartSpec {
  const labels = profile.averages.flatMap((hours, day) => hours.map((_, hour) => `${names.weekday(day)} ${String(hour).padStart(2, '0')}`));
  const means = profile.averages.flat().map((v) => (v === null ? null : Math.round(v * 10) / 10));
  const top = Math.max(0, ...means.filter((v): v is number => v !== null));
  return {
    type: 'line',
    title: names.title,
    labels,
    unit: names.unit,
    series: [
      { label: names.mean, data: means },
      { label: names.planned, data: profile.planned.flat().map((p) => (p ? top : null)), role: 'band' },
    ],
  };
}
