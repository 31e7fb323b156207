/**
 * How fast an incident was handled against the site's response-time targets (the Swedish seed: "activity
 * within at most one hour on serious faults", "urgent fix within 2 hours after the fault is identified"):
 *
 * - time to first update: from the incident's `start` to its first update;
 * - time to resolution: from identification to a fix or workaround. Identification is the first update
 *   whose status is identified, monitoring or resolved; the fix is the first `monitoring` update (a fix
 *   or workaround is in place and watched) or the incident's `end`, whichever is earlier. An incident
 *   fixed before any update said it was identified is measured from its start.
 *
 * Durations are absolute time, so an incident across a change of the clocks is measured as it lasted.
 */
import type { Incident, Site } from './model.ts';
import { MINUTE, type Instant } from './time.ts';

/** The targets of one impact, in minutes; either may be absent. */
export type ResponseTargets = NonNullable<NonNullable<Site['responseTargets']>[Incident['impact']]>;

/** met: within the target; missed: over it (also while still running); pending: running, within it so far; none: no target. */
export type Verdict = 'met' | 'missed' | 'pending' | 'none';

export interface ResponseTime {
  /** When the clock started. */
  from: Instant;
  /** When it stopped; absent while it runs, or when the incident ended without a first update. */
  until: Instant | undefined;
  /** Whether the clock still runs at `now` (the incident is open and the update or fix has not come). */
  running: boolean;
  /** until − from, or now − from while it runs, in ms; for an incident that ended without a word, its length. */
  duration: number;
  /** The target in ms; absent when the site sets none for the incident's impact. */
  target: number | undefined;
  verdict: Verdict;
}

export interface ResponseTimes {
  /** Absent before the incident has begun. */
  firstUpdate: ResponseTime | undefined;
  /** Absent before the incident has begun, and while it is open and not yet identified. */
  resolution: ResponseTime | undefined;
}

type Timed = Pick<Incident, 'start' | 'end' | 'impact' | 'updates'>;

/** The targets the site sets for incidents of `impact`; empty when it sets none. */
export function targetsFor(site: Pick<Site, 'responseTargets'>, impact: Incident['impact']): ResponseTargets {
  return site.responseTargets?.[impact] ?? {};
}

function measured(from: Instant, until: Instant | undefined, now: Instant, targetMinutes: number | undefined): ResponseTime {
  const duration = (until ?? now) - from;
  const target = targetMinutes === undefined ? undefined : targetMinutes * MINUTE;
  const verdict: Verdict = target === undefined ? 'none' : duration > target ? 'missed' : until === undefined ? 'pending' : 'met';
  return { from, until, running: until === undefined, duration, target, verdict };
}

/** The first update of an incident that ended without any: it never came, which misses any target. */
function neverUpdated(start: Instant, end: Instant, targetMinutes: number | undefined): ResponseTime {
  const target = targetMinutes === undefined ? undefined : targetMinutes * MINUTE;
  return { from: start, until: undefined, running: false, duration: end - start, target, verdict: target === undefined ? 'none' : 'missed' };
}

/**
 * The response times of `incident` at `now` against `targets`.
 * @example
 * // start 2026-10-24 23:00+02:00, first update 2026-10-25 07:30+01:00 (the clocks went back between):
 * // firstUpdate.duration is 9 h 30 min, though the wall clock moved 8 h 30 min.
 */
export function responseTimes(incident: Timed, targets: ResponseTargets, now: Instant): ResponseTimes {
  if (now < incident.start) return { firstUpdate: undefined, resolution: undefined };
  const updates = incident.updates.filter((u) => u.at <= now);
  const end = incident.end !== undefined && incident.end <= now ? incident.end : undefined;
  const firstUpdate =
    updates.length === 0 && end !== undefined
      ? neverUpdated(incident.start, end, targets.firstUpdate)
      : measured(incident.start, updates[0]?.at, now, targets.firstUpdate);

  const identified = updates.find((u) => u.status !== 'investigating')?.at;
  const monitoring = updates.find((u) => u.status === 'monitoring')?.at;
  const fixes = [monitoring, end].filter((t): t is Instant => t !== undefined);
  const fixed = fixes.length > 0 ? Math.min(...fixes) : undefined;
  let resolution: ResponseTime | undefined;
  if (fixed !== undefined) {
    const from = identified !== undefined && identified <= fixed ? identified : incident.start;
    resolution = measured(from, fixed, now, targets.resolution);
  } else if (identified !== undefined) {
    resolution = measured(identified, undefined, now, targets.resolution);
  }
  return { firstUpdate, resolution };
}

/**
 * How long an open incident has gone without a word at `now`: since its latest update, or its start
 * when it has none; undefined when it is not open or the site sets no first-update target for its
 * impact, or when the silence is within that target. `check` warns with it.
 */
export function silenceOverTarget(incident: Timed, targets: ResponseTargets, now: Instant): number | undefined {
  const open = incident.start <= now && (incident.end === undefined || now < incident.end);
  if (!open || targets.firstUpdate === undefined) return undefined;
  const last = Math.max(incident.start, ...incident.updates.filter((u) => u.at <= now).map((u) => u.at));
  const silence = now - last;
  return silence > targets.firstUpdate * MINUTE ? silence : undefined;
}

/** How many of the measured times met their targets, of those with a target that are decided (met or missed). */
export function targetsMet(times: readonly (ResponseTime | undefined)[]): { met: number; of: number } {
  const decided = times.filter((t) => t?.verdict === 'met' || t?.verdict === 'missed');
  return { met: decided.filter((t) => t?.verdict === 'met').length, of: decided.length };
}
