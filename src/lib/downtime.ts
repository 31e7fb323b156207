/**
 * The downtime of one environment of one system: which incidents and planned windows count, for how
 * long. Availability, the 90-day bars and a component's last change all read it from here.
 */
import { mergeIntervals, type Interval } from './interval.ts';
import { affects, type Incident } from './model.ts';
import { windowEnd, type IncidentTiming, type WindowTiming } from './status.ts';
import type { Instant } from './time.ts';

/** Downtime up to `now`, by kind; each list merged (overlaps counted once), oldest first. */
export interface DowntimeSpans {
  /** Incidents with impact `outage`. */
  outage: Interval[];
  /** Incidents with impact `degraded`, including time that is also outage: what wins is the reader's rule. */
  degraded: Interval[];
  /** Planned windows with downtime, not cancelled, up to their `finished` when given, else their `end`. */
  planned: Interval[];
  /**
   * The degraded incidents one by one (not merged), each with its own `weight` when it gives one:
   * availability counts overlapping degraded time once, at the highest weight (see availability.ts).
   */
  degradedParts: WeighedSpan[];
}

/** A degraded incident's span up to `now`, with the share of it that counts as unavailable when the incident says. */
export interface WeighedSpan extends Interval {
  weight: number | undefined;
}

/** What downtime needs of an incident: its times, impact and systems, and its own weight if any. */
export type WeighedIncident = IncidentTiming & Partial<Pick<Incident, 'weight'>>;

/**
 * The downtime of `environment` of `system` that has happened by `now`: everything is cut at `now`,
 * an ongoing incident counting up to it, a window under way up to it, later entries not at all.
 * @example
 * // an outage 10:00–12:00 and another 11:00–13:00, now 12:30: outage [10:00, 12:30)
 */
export function downtimeSpans(
  system: string,
  environment: string,
  incidents: readonly WeighedIncident[],
  windows: readonly WindowTiming[],
  now: Instant,
): DowntimeSpans {
  const upToNow = (spans: Interval[]) => mergeIntervals(spans.map(({ start, end }) => ({ start, end: Math.min(end, now) })));
  const touched = incidents.filter((incident) => affects(incident, system, environment));
  const ofImpact = (impact: IncidentTiming['impact']) =>
    upToNow(touched.filter((i) => i.impact === impact).map((i) => ({ start: i.start, end: i.end ?? now })));
  const degradedParts = touched
    .filter((i) => i.impact === 'degraded' && i.start < now)
    .map((i) => ({ start: i.start, end: Math.min(i.end ?? now, now), weight: i.weight }))
    .filter((span) => span.end > span.start);
  return {
    degradedParts,
    outage: ofImpact('outage'),
    degraded: ofImpact('degraded'),
    planned: upToNow(
      windows
        .filter((w) => w.downtime && !w.cancelled && affects(w, system, environment))
        .map((w) => ({ start: w.start, end: windowEnd(w) })),
    ),
  };
}

/**
 * When the downtime last began or ended before `now`; undefined when there has been none. A span
 * reaching `now` is still going on, so only its start is a change.
 */
export function lastDowntimeChange({ outage, degraded, planned }: DowntimeSpans, now: Instant): Instant | undefined {
  const edges = [...outage, ...degraded, ...planned].flatMap(({ start, end }) => (end < now ? [start, end] : [start]));
  return edges.length > 0 ? Math.max(...edges) : undefined;
}
