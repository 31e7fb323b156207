/**
 * Downtime weighed by activity, as the Swedish seed does by hand with its "unique employees per 10
 * minutes": a usage metric folded into a typical week (the mean of each local weekday and time slot
 * over the weeks measured), the share of that week's activity a window falls on, and the quietest
 * slot of a given length in which to put the next one. Weekdays and times are local to the site, so
 * a window at 05:30 falls on the 05:30 slot in winter and summer alike.
 */
import { Temporal } from 'temporal-polyfill';
import { affects, primaryEnvironment, type Metric, type PlannedWindow, type System } from './model.ts';
import type { Instant } from './time.ts';

const MINUTE = 60_000;
const WEEK_MINUTES = 7 * 1440;

export interface TypicalWeek {
  /** The metric's id and what it measures. */
  metric: string;
  label: string;
  /** Length of one slot in minutes: the metric's usual interval between samples (10 for the seed's). */
  slot: number;
  /** Mean value per slot of the week, Monday 00:00 first; null where no sample fell. */
  means: (number | null)[];
  /** Sum of the means: the activity of a typical week, in slot units. */
  total: number;
}

/** Minutes since local Monday 00:00, and the milliseconds past that minute. */
function minuteOfWeek(instant: Instant, timeZone: string): { minute: number; rest: number } {
  const local = Temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO(timeZone);
  return { minute: (local.dayOfWeek - 1) * 1440 + local.hour * 60 + local.minute, rest: local.second * 1000 + local.millisecond };
}

/**
 * The slot length of a metric: the most common gap between its samples, in whole minutes, if it
 * divides a day evenly (1, 5, 10, 15, 30, 60 …); else 60.
 * @example sampleInterval(samples every 10 minutes) // 10
 */
export function sampleInterval(metric: Pick<Metric, 'samples'>): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < metric.samples.length; i += 1) {
    const gap = Math.round(((metric.samples[i]?.at ?? 0) - (metric.samples[i - 1]?.at ?? 0)) / MINUTE);
    if (gap > 0) counts.set(gap, (counts.get(gap) ?? 0) + 1);
  }
  const [common] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [60];
  return common <= 1440 && 1440 % common === 0 ? common : 60;
}

/** The metric folded into one typical week: each slot's mean over the weeks measured. */
export function typicalWeek(metric: Metric, timeZone: string): TypicalWeek {
  const slot = sampleInterval(metric);
  const slots = WEEK_MINUTES / slot;
  const sums = new Array<number>(slots).fill(0);
  const counts = new Array<number>(slots).fill(0);
  for (const { at, value } of metric.samples) {
    const index = Math.floor(minuteOfWeek(at, timeZone).minute / slot);
    sums[index]! += value;
    counts[index]! += 1;
  }
  const means = sums.map((sum, i) => (counts[i]! > 0 ? sum / counts[i]! : null));
  return { metric: metric.slug, label: metric.label, slot, means, total: means.reduce<number>((a, v) => a + (v ?? 0), 0) };
}

/**
 * The share (0–1) of a typical week's activity that falls between `start` and `end`: each slot the
 * span touches counts with the part of it that is covered. A span of a week or more is all of it.
 * Undefined when the metric has no activity at all.
 * @example
 * // Slots of 60 minutes; the week's means sum to 1000; 05:30–07:00 on a Thursday covers half the
 * // 05:00 slot (mean 10) and all the 06:00 slot (mean 20): (5 + 20) / 1000 = 0.025
 */
export function activityShare(week: TypicalWeek, start: Instant, end: Instant, timeZone: string): number | undefined {
  if (week.total <= 0) return undefined;
  if (end - start >= WEEK_MINUTES * MINUTE) return 1;
  const slotMs = week.slot * MINUTE;
  let sum = 0;
  for (let at = start; at < end; ) {
    const { minute, rest } = minuteOfWeek(at, timeZone);
    // To the end of this local slot, or of the span.
    const next = Math.min(end, at + (week.slot - (minute % week.slot)) * MINUTE - rest);
    sum += ((next - at) / slotMs) * (week.means[Math.floor(minute / week.slot)] ?? 0);
    at = next;
  }
  return Math.min(1, sum / week.total);
}

export interface QuietSlot {
  /** Weekday, 0 = Monday, and local start time in minutes after midnight. */
  day: number;
  start: number;
  /** Share of the typical week's activity in the slot. */
  share: number;
}

/**
 * The start, on the week's slot grid, of the `length` (milliseconds) of least activity in the typical
 * week, over the week's end into Monday too; with `weekdays`, only starts Monday to Friday. The first
 * such start from Monday 00:00 wins a tie. Undefined without activity.
 */
export function quietestSlot(week: TypicalWeek, length: number, { weekdays = false } = {}): QuietSlot | undefined {
  if (week.total <= 0) return undefined;
  const slots = week.means.length;
  const span = Math.min(slots, Math.max(1, Math.ceil(length / (week.slot * MINUTE))));
  const value = (i: number) => week.means[i % slots] ?? 0;
  let sum = 0;
  for (let i = 0; i < span; i += 1) sum += value(i);
  let best: { index: number; sum: number } | undefined;
  const lastStart = weekdays ? (5 * 1440) / week.slot : slots;
  for (let index = 0; index < lastStart; index += 1) {
    if (!best || sum < best.sum - 1e-9) best = { index, sum };
    sum += value(index + span) - value(index);
  }
  if (!best) return undefined;
  const minute = best.index * week.slot;
  return { day: Math.floor(minute / 1440), start: minute % 1440, share: Math.min(1, best.sum / week.total) };
}

/**
 * Whether a window counts against users' activity: it has downtime, is not cancelled, and takes down
 * the primary environment (the one readers use) of a system — not a test or training environment.
 */
export function weighsOnUsers(window: PlannedWindow, systems: readonly System[]): boolean {
  return window.downtime && !window.cancelled && systems.some((s) => affects(window, s.id, primaryEnvironment(s)));
}
