/**
 * Activity by weekday and hour of day from a usage metric (the Swedish seed's "unique employees per
 * 10 minutes", used to choose upgrade times of low activity), with the hours in which planned downtime
 * falls. Weekdays and hours are local to the site.
 */
import { Temporal } from 'temporal-polyfill';
import type { ChartSpec } from './charts.ts';
import { affects, primaryEnvironment, type Metric, type PlannedWindow, type System } from './model.ts';
import { windowEnd } from './status.ts';
import type { Instant, LocalDate } from './time.ts';

export interface ActivityProfile {
  /** First and last sample. */
  from: Instant;
  to: Instant;
  /** Mean value per weekday (0 = Monday) and hour (0–23); null where there are no samples. */
  averages: (number | null)[][];
  /** Whether planned downtime of a system's primary environment falls in that weekday and hour. */
  planned: boolean[][];
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
): ActivityProfile {
  const sums = grid(() => 0);
  const counts = grid(() => 0);
  for (const { at, value } of metric.samples) {
    const [day, hour] = slot(at, timeZone);
    sums[day]![hour]! += value;
    counts[day]![hour]! += 1;
  }
  const planned = grid(() => false);
  const primary = systems.map((s) => [s.id, primaryEnvironment(s)] as const);
  for (const window of windows) {
    if (!window.downtime || window.cancelled || !primary.some(([id, env]) => affects(window, id, env))) continue;
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
  };
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
