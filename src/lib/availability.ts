/**
 * Availability of one environment of one system in a period, as published on the site:
 *
 *   availability = 1 − (outage + Σ weight × degraded) / measured
 *
 * - measured time is the period up to `now`, less planned downtime when the site excludes it;
 * - outage, degraded and planned time are the system's downtime spans (downtime.ts), cut to the
 *   period; degraded time that is also outage time counts as outage only;
 * - each degraded incident counts with its own `weight` where it gives one, else the site's
 *   `degradedWeight`; where degraded incidents overlap, the time counts once, at the highest weight;
 * - when planned downtime is not excluded it counts as outage;
 * - months and days are cut at local midnight in the site's time zone (see time.ts).
 *
 * The 24/7 figure (`availabilityWithPlanned`) is the same formula with planned downtime counted as
 * outage, whatever the site's rule: the Swedish seed's "24/7 — with which availability?".
 */
import { clipIntervals, mergeIntervals, subtractIntervals, totalLength, type Interval } from './interval.ts';
import type { Incident, PlannedWindow } from './model.ts';
import type { SiteData } from './content/schemas.ts';
import { downtimeSpans, type DowntimeSpans } from './downtime.ts';
import { MINUTE, type Instant } from './time.ts';

export interface Availability {
  /** Minutes of the period that count (up to now, less excluded planned downtime). */
  measuredMinutes: number;
  /** Minutes unavailable within the measured time. */
  outageMinutes: number;
  /** Minutes degraded (and not unavailable) within the measured time. */
  degradedMinutes: number;
  /** The degraded minutes times their weights: what missing functionality took off the figure. */
  weightedDegradedMinutes: number;
  /** Minutes of planned downtime within the period. */
  plannedMinutes: number;
  /** A fraction from 0 to 1, unrounded; null when nothing was measured (the period lies after now). */
  availability: number | null;
  /** The same with planned downtime counted as unavailable (24/7); null when nothing was measured. */
  availabilityWithPlanned: number | null;
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

type Rules = SiteData['sla'];

export function availability(
  { system, environment, period, now, cause }: AvailabilityQuery,
  incidents: readonly Incident[],
  windows: readonly PlannedWindow[],
  rules: Rules,
): Availability {
  const measuredPeriod: Interval = { start: period.start, end: Math.min(period.end, now) };
  if (measuredPeriod.end <= measuredPeriod.start) {
    return {
      measuredMinutes: 0,
      outageMinutes: 0,
      degradedMinutes: 0,
      weightedDegradedMinutes: 0,
      plannedMinutes: 0,
      availability: null,
      availabilityWithPlanned: null,
    };
  }
  const counted = cause === undefined ? incidents : incidents.filter((i) => i.cause === undefined || i.cause === cause);
  const spans = downtimeSpans(system, environment, counted, windows, now);
  const asRuled = measure(spans, measuredPeriod, rules);
  const roundTheClock = rules.excludePlanned ? measure(spans, measuredPeriod, { ...rules, excludePlanned: false }) : asRuled;
  return { ...asRuled.minutes, availability: asRuled.availability, availabilityWithPlanned: roundTheClock.availability };
}

/** The formula over one measured period, under `rules`. */
function measure(spans: DowntimeSpans, measuredPeriod: Interval, rules: Rules) {
  const planned = clipIntervals(spans.planned, measuredPeriod);
  const outage = rules.excludePlanned
    ? subtractIntervals(clipIntervals(spans.outage, measuredPeriod), planned)
    : clipIntervals([...spans.outage, ...spans.planned], measuredPeriod);
  const notDegraded = rules.excludePlanned ? [...outage, ...planned] : outage;
  const degraded = subtractIntervals(clipIntervals(spans.degraded, measuredPeriod), notDegraded);
  const measured = rules.excludePlanned ? subtractIntervals([measuredPeriod], planned) : [measuredPeriod];

  const weightedDegradedMs = weighedDegraded(spans, measuredPeriod, notDegraded, rules.degradedWeight);
  const measuredMs = totalLength(measured);
  const lostMs = totalLength(outage) + weightedDegradedMs;
  return {
    minutes: {
      measuredMinutes: measuredMs / MINUTE,
      outageMinutes: totalLength(outage) / MINUTE,
      degradedMinutes: totalLength(degraded) / MINUTE,
      weightedDegradedMinutes: weightedDegradedMs / MINUTE,
      plannedMinutes: totalLength(planned) / MINUTE,
    },
    availability: measuredMs > 0 ? 1 - lostMs / measuredMs : null,
  };
}

/**
 * Degraded time times its weight, in ms, each instant counted once at the highest weight of the
 * degraded incidents covering it, none of it where `excluded` (outage, excluded planned time) covers it.
 * @example
 * // 10:00–12:00 at 0.5 and 11:00–13:00 at 0.2 → 2 h × 0.5 + 1 h × 0.2 = 1.2 h
 */
function weighedDegraded(spans: DowntimeSpans, period: Interval, excluded: readonly Interval[], siteWeight: number): number {
  const weightOf = (span: { weight: number | undefined }) => span.weight ?? siteWeight;
  const weights = [...new Set(spans.degradedParts.map(weightOf))].sort((a, b) => b - a);
  let covered = mergeIntervals(excluded);
  let lost = 0;
  for (const weight of weights) {
    const atWeight = clipIntervals(spans.degradedParts.filter((span) => weightOf(span) === weight), period);
    const counted = subtractIntervals(atWeight, covered);
    lost += weight * totalLength(counted);
    covered = mergeIntervals([...covered, ...counted]);
  }
  return lost;
}
