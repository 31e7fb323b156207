/**
 * Availability of one environment of one system in a period, as published on the site:
 *
 *   availability = 1 − (outage + weight × degraded) / measured
 *
 * - measured time is the period up to `now`, less planned downtime when the site excludes it;
 * - outage and degraded time are unions of incidents (overlaps counted once), an ongoing incident
 *   counting up to `now`; degraded time that is also outage time counts as outage only;
 * - when planned downtime is not excluded it counts as outage;
 * - months and days are cut at local midnight in the site's time zone (see time.ts).
 */
import { clipIntervals, mergeIntervals, subtractIntervals, totalLength, type Interval } from './interval.ts';
import { affects, type Incident, type PlannedWindow } from './model.ts';
import type { SiteData } from './content/schemas.ts';
import { windowEnd } from './status.ts';
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
  const relevant = incidents.filter(
    (i) => affects(i, system, environment) && (cause === undefined || i.cause === undefined || i.cause === cause),
  );
  const spans = (impact: Incident['impact']) =>
    clipIntervals(
      relevant.filter((i) => i.impact === impact).map((i) => ({ start: i.start, end: i.end ?? now })),
      measuredPeriod,
    );
  const planned = clipIntervals(
    windows
      .filter((w) => w.downtime && !w.cancelled && affects(w, system, environment))
      .map((w) => ({ start: w.start, end: windowEnd(w) })),
    measuredPeriod,
  );
  const outage = rules.excludePlanned
    ? subtractIntervals(spans('outage'), planned)
    : mergeIntervals([...spans('outage'), ...planned]);
  const degraded = subtractIntervals(spans('degraded'), rules.excludePlanned ? [...outage, ...planned] : outage);
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
