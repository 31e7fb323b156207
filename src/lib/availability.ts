/**
 * Availability of one environment of one system in a period, as published on the site:
 *
 *   availability = 1 − (outage + weight × degraded) / measured
 *
 * - measured time is the period up to `now`, less planned downtime when the site excludes it;
 * - outage, degraded and planned time are the system's downtime spans (downtime.ts), cut to the
 *   period; degraded time that is also outage time counts as outage only;
 * - when planned downtime is not excluded it counts as outage;
 * - months and days are cut at local midnight in the site's time zone (see time.ts).
 */
import { clipIntervals, subtractIntervals, totalLength, type Interval } from './interval.ts';
import type { Incident, PlannedWindow } from './model.ts';
import type { SiteData } from './content/schemas.ts';
import { downtimeSpans } from './downtime.ts';
import { MINUTE, type Instant } from './time.ts';

export interface Availability {
  /** Minutes of the period that count (up to now, less excluded planned downtime). */
  measuredMinutes: number;
  /** Minutes unavailable within the measured time. */
  outageMinutes: number;
  /** Minutes degraded (and not unavailable) within the measured time. */
  degradedMinutes: number;
  /** Minutes of planned downtime within the period. */
  plannedMinutes: number;
  /** A fraction from 0 to 1, unrounded; null when nothing was measured (the period lies after now). */
  availability: number | null;
}

export interface AvailabilityQuery {
  system: string;
  environment: string;
  period: Interval;
  now: Instant;
  /**
   * Count only incidents with this cause (the Danish report's application / infrastructure rows).
   * An incident without a cause counts in both: unavailable is unavailable.
   */
  cause?: Incident['cause'];
}

export function availability(
  { system, environment, period, now, cause }: AvailabilityQuery,
  incidents: readonly Incident[],
  windows: readonly PlannedWindow[],
  rules: SiteData['sla'],
): Availability {
  const measuredPeriod: Interval = { start: period.start, end: Math.min(period.end, now) };
  if (measuredPeriod.end <= measuredPeriod.start) {
    return { measuredMinutes: 0, outageMinutes: 0, degradedMinutes: 0, plannedMinutes: 0, availability: null };
  }
  const counted = cause === undefined ? incidents : incidents.filter((i) => i.cause === undefined || i.cause === cause);
  const spans = downtimeSpans(system, environment, counted, windows, now);
  const planned = clipIntervals(spans.planned, measuredPeriod);
  const outage = rules.excludePlanned
    ? subtractIntervals(clipIntervals(spans.outage, measuredPeriod), planned)
    : clipIntervals([...spans.outage, ...spans.planned], measuredPeriod);
  const degraded = subtractIntervals(clipIntervals(spans.degraded, measuredPeriod), rules.excludePlanned ? [...outage, ...planned] : outage);
  const measured = rules.excludePlanned ? subtractIntervals([measuredPeriod], planned) : [measuredPeriod];

  const measuredMs = totalLength(measured);
  const lostMs = totalLength(outage) + rules.degradedWeight * totalLength(degraded);
  return {
    measuredMinutes: measuredMs / MINUTE,
    outageMinutes: totalLength(outage) / MINUTE,
    degradedMinutes: totalLength(degraded) / MINUTE,
    plannedMinutes: totalLength(planned) / MINUTE,
    availability: measuredMs > 0 ? 1 - lostMs / measuredMs : null,
  };
}
